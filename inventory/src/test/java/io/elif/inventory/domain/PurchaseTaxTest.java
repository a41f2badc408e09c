package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseTaxTest {

    @Test
    void takesTheTaxOutOfACostEnteredWithIt() {
        assertThat(PurchaseTax.excluded(new BigDecimal("120.00"), new BigDecimal("20.00"))).isEqualTo(new BigDecimal("100.0000"));
        assertThat(PurchaseTax.excluded(new BigDecimal("1.00"), new BigDecimal("5.50"))).isEqualTo(new BigDecimal("0.9479"));
        assertThat(PurchaseTax.excluded(new BigDecimal("7.00"), BigDecimal.ZERO)).isEqualTo(new BigDecimal("7.0000"));
    }
}
