package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StockReceiptTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void needsAPositiveQuantity(long quantity) {
        assertThatIllegalArgumentException().isThrownBy(() -> new StockReceipt(UUID.randomUUID(), quantity, "PO-1"));
    }

    @Test
    void needsAReference() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StockReceipt(UUID.randomUUID(), 1, " "));
    }

    @Test
    void keepsWhatItWasGiven() {
        var product = UUID.randomUUID();
        assertThat(new StockReceipt(product, 24, "D-2026-000001"))
                .extracting(StockReceipt::productId, StockReceipt::quantity)
                .containsExactly(product, 24L);
    }
}
