package io.elif.sales.domain;

import io.elif.catalog.SaleItem;
import io.elif.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.elif.sales.domain.SaleTest.ARIARY;
import static io.elif.sales.domain.SaleTest.BEER;
import static io.elif.sales.domain.SaleTest.CRATE;
import static io.elif.sales.domain.SaleTest.NOW;
import static io.elif.sales.domain.SaleTest.clerk;
import static io.elif.sales.domain.SaleTest.crateOfBeer;
import static io.elif.sales.domain.SaleTest.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SaleLineTest {

    @Test
    void aClerkSendsNoPriceNoDiscountAndNoReason() {
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("1"), null, "friend"), clerk(ARIARY), "lines[2].unitPrice",
                "only a manager");
        refused(new LineRequest(BEER, CRATE, 1, null, new BigDecimal("5"), "friend"), clerk(ARIARY), "lines[2].discount",
                "only a manager");
        refused(new LineRequest(BEER, CRATE, 1, null, null, "friend"), clerk(ARIARY), "lines[2].priceReason",
                "only a manager");
    }

    @Test
    void aManagersPriceIsRecordedWithTheReasonWhoWhenAndTheCataloguesPriceBeside() {
        var line = SaleLine.priced(0, new LineRequest(BEER, CRATE, 2, new BigDecimal("55000"), null, " Loyal bar "),
                crateOfBeer(), manager(ARIARY));

        assertThat(line.unitPrice()).isEqualTo(new BigDecimal("55000.00"));
        assertThat(line.catalogPrice()).isEqualTo(new BigDecimal("60000.00"));
        assertThat(line.amount()).isEqualTo(new BigDecimal("110000.00"));
        assertThat(line.override()).isEqualTo(new PriceOverride("Loyal bar", "manager", NOW));

        var discounted = SaleLine.priced(0, new LineRequest(BEER, CRATE, 1, null, new BigDecimal("10"), "damaged crate"),
                crateOfBeer(), manager(ARIARY));
        assertThat(discounted.unitPrice()).isEqualTo(new BigDecimal("54000.00"));
        assertThat(discounted.override().reason()).isEqualTo("damaged crate");

        var plain = SaleLine.priced(0, LineRequest.of(BEER, CRATE, 1), crateOfBeer(), manager(ARIARY));
        assertThat(plain.override()).isNull();
        assertThat(plain.unitPrice()).isEqualTo(plain.catalogPrice());
    }

    @Test
    void anOverrideNeedsAReasonOf1To200CharactersAndOneKindOfPrice() {
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("1"), null, null), manager(ARIARY), "lines[2].priceReason",
                "reason");
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("1"), null, "  "), manager(ARIARY), "lines[2].priceReason",
                "reason");
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("1"), null, "x".repeat(201)), manager(ARIARY),
                "lines[2].priceReason", "reason");
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("1"), new BigDecimal("1"), "x"), manager(ARIARY),
                "lines[2].discount", "not both");
        refused(new LineRequest(BEER, CRATE, 1, new BigDecimal("-1"), null, "x"), manager(ARIARY), "lines[2].unitPrice",
                "negative");
        refused(new LineRequest(BEER, CRATE, 1, null, new BigDecimal("101"), "x"), manager(ARIARY), "lines[2].discount",
                "percentage");
        refused(new LineRequest(BEER, CRATE, 1, null, null, "why"), manager(ARIARY), "lines[2].priceReason",
                "goes with");
        assertThat(SaleLine.priced(0, new LineRequest(BEER, CRATE, 1, BigDecimal.ZERO, null, "x".repeat(200)),
                crateOfBeer(), manager(ARIARY)).amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void quantitiesAreOneTo100000Packs() {
        refused(LineRequest.of(BEER, CRATE, 0), clerk(ARIARY), "lines[2].quantity", "1 to 100000");
        refused(LineRequest.of(BEER, CRATE, -3), clerk(ARIARY), "lines[2].quantity", "1 to 100000");
        refused(LineRequest.of(BEER, CRATE, 100_001), clerk(ARIARY), "lines[2].quantity", "1 to 100000");
        assertThat(SaleLine.priced(0, LineRequest.of(BEER, CRATE, 100_000), crateOfBeer(), clerk(ARIARY)).baseUnits())
                .isEqualTo(2_400_000L);
    }

    @Test
    void theCatalogueRefusesUnknownInactiveUnsellableUnpricedAndForeignPacks() {
        var item = crateOfBeer();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SaleLine.priced(2, LineRequest.of(BEER, CRATE, 1), null, clerk(ARIARY)))
                .satisfies(e -> assertThat(e.field()).contains("lines[2].productId"));
        refusedFor(copy(item, false, true, true, item.price()), "lines[2].packId", "not a pack");
        refusedFor(copy(item, true, false, true, item.price()), "lines[2].productId", "inactive");
        refusedFor(copy(item, true, true, false, item.price()), "lines[2].productId", "not sold");
        refusedFor(copy(item, true, true, true, null), "lines[2].packId", "no LEVEL_2 price");
    }

    private static SaleItem copy(SaleItem item, boolean packOfProduct, boolean active, boolean sellable, BigDecimal price) {
        return new SaleItem(item.productId(), item.packId(), packOfProduct, item.sku(), item.name(), active, sellable,
                item.unitsPerPack(), price, item.taxRate(), List.of());
    }

    private static void refusedFor(SaleItem item, String field, String message) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SaleLine.priced(2, LineRequest.of(BEER, CRATE, 1), item, clerk(ARIARY)))
                .satisfies(e -> {
                    assertThat(e.field()).contains(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private static void refused(LineRequest request, SaleLine.Pricing pricing, String field, String message) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SaleLine.priced(2, request, crateOfBeer(), pricing))
                .satisfies(e -> {
                    assertThat(e.field()).contains(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
