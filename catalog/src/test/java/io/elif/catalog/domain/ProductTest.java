package io.elif.catalog.domain;

import io.elif.catalog.BaseUnit;
import io.elif.kernel.InvalidInputException;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductDeactivated;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductTest {

    private static final UUID BEER = UUID.randomUUID();
    private static final UUID STANDARD = UUID.randomUUID();

    @Test
    void isCreatedActiveWithTrimmedTextAndAnUpperCaseSkuAndAnnouncedWithItsStockRules() {
        var created = Product.create(newProduct("coke-33", List.of("5449000000996"), 6, 60L));
        var product = created.product();

        assertThat(product.sku().value()).isEqualTo("COKE-33");
        assertThat(product.name()).isEqualTo("Coca-Cola 33cl");
        assertThat(product.active()).isTrue();
        assertThat(product.barcodes()).extracting(Gtin::code).containsExactly("5449000000996");
        assertThat(created.event()).isEqualTo(new ProductCreated(product.id(), "COKE-33", "Coca-Cola 33cl",
                BaseUnit.BOTTLE, BEER, true, 6, 60L));
    }

    @Test
    void theMaximumStockIsNeverBelowTheMinimum() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Product.create(newProduct("X", List.of(), 10, 9L)))
                .satisfies(e -> assertThat(e.field()).contains("maximumStock"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Product.create(newProduct("X", List.of(), -1, null)))
                .satisfies(e -> assertThat(e.field()).contains("minimumStock"));
    }

    @Test
    void namesTheBadBarcodeAndRefusesRepeats() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Product.create(newProduct("X", List.of("5449000000996", "5449000000995"), 0, null)))
                .satisfies(e -> assertThat(e.field()).contains("barcodes[1]"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Product.create(newProduct("X", List.of("5449000000996", "5449000000996"), 0, null)))
                .satisfies(e -> assertThat(e.field()).contains("barcodes"));
    }

    @Test
    void deactivatingAnInactiveProductOrActivatingAnActiveOneChangesNothing() {
        var product = Product.create(newProduct("X", List.of(), 0, null)).product();

        assertThat(product.activate()).isEmpty();
        var inactive = product.deactivate().orElseThrow().product();
        assertThat(inactive.active()).isFalse();
        assertThat(inactive.deactivate()).isEmpty();
        assertThat(inactive.activate()).hasValueSatisfying(again -> assertThat(again.product().active()).isTrue());
    }

    @Test
    void aTransitionGivesTheEventItCauses() {
        var product = Product.create(newProduct("X", List.of(), 0, null)).product();

        var deactivated = product.deactivate().orElseThrow();
        var activated = deactivated.product().activate().orElseThrow();

        assertThat(deactivated.event()).isEqualTo(new ProductDeactivated(product.id(), "X"));
        assertThat(activated.event()).isEqualTo(product.announcement());
        assertThat(activated.event().active()).isTrue();
    }

    @Test
    void aChangeKeepsTheSkuBaseUnitAndActiveFlag() {
        var product = Product.create(newProduct("X", List.of(), 0, null)).product().deactivate().orElseThrow().product();

        var change = product.change(new ProductChange("New name", "Crisp", BEER, STANDARD, 12, 48L, "A12", List.of()));
        var changed = change.product();

        assertThat(changed.sku()).isEqualTo(product.sku());
        assertThat(changed.baseUnit()).isEqualTo(BaseUnit.BOTTLE);
        assertThat(changed.active()).isFalse();
        assertThat(change.event()).isEqualTo(changed.announcement()).satisfies(event -> {
            assertThat(event.minimumStock()).isEqualTo(12);
            assertThat(event.maximumStock()).isEqualTo(48L);
            assertThat(event.name()).isEqualTo("New name");
        });
    }

    private static NewProduct newProduct(String sku, List<String> barcodes, long minimum, Long maximum) {
        return new NewProduct(sku, " Coca-Cola 33cl ", null, BEER, STANDARD, BaseUnit.BOTTLE, minimum, maximum, null,
                barcodes, Map.of(PriceLevel.LEVEL_1, new BigDecimal("2000")));
    }
}
