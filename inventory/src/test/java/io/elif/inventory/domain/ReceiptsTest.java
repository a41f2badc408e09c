package io.elif.inventory.domain;

import io.elif.inventory.GoodsReceipt;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.ReceiptLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReceiptsTest {

    private static final UUID PRODUCT = UUID.randomUUID();

    @Test
    void aBestBeforeDateWithoutALotCodeBecomesItsOwnLot() {
        var receipt = Receipts.validated(receipt(new ReceiptLine(PRODUCT, 6, null, " ", LocalDate.of(2027, 3, 1))));

        assertThat(receipt.lines().getFirst().lot()).isEqualTo("BB20270301");
    }

    @Test
    void aCostFitsTheCostColumn() {
        var receipt = Receipts.validated(receipt(new ReceiptLine(PRODUCT, 1, new BigDecimal("999999999999999.9999"), null, null)));

        assertThat(receipt.lines().getFirst().unitCost()).isEqualByComparingTo("999999999999999.9999");
    }

    @Test
    void namesTheFieldAtFault() {
        assertField(new ReceiptLine(PRODUCT, 0, null, null, null), "lines[0].quantity");
        assertField(new ReceiptLine(PRODUCT, 1, new BigDecimal("-1"), null, null), "lines[0].unitCost");
        assertField(new ReceiptLine(PRODUCT, 1, new BigDecimal("1.00001"), null, null), "lines[0].unitCost");
        assertField(new ReceiptLine(PRODUCT, 1, new BigDecimal("1000000000000000"), null, null), "lines[0].unitCost");
        assertField(new ReceiptLine(PRODUCT, 1, new BigDecimal("1e1000000"), null, null), "lines[0].unitCost");
        assertField(new ReceiptLine(PRODUCT, 1, null, "lot with spaces", null), "lines[0].lot");
        assertField(new ReceiptLine(null, 1, null, null, null), "lines[0].productId");
    }

    private static void assertField(ReceiptLine line, String field) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Receipts.validated(receipt(line)))
                .satisfies(e -> assertThat(e.field()).contains(field));
    }

    private static GoodsReceipt receipt(ReceiptLine line) {
        return new GoodsReceipt(null, "D-1", "clerk", List.of(line));
    }
}
