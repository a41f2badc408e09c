package io.elif.catalog.domain;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.NewProduct;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductTest {

    @Test
    void keepsThePriceExactToTheCent() {
        var product = Product.create(new NewProduct("coke-33", " Coca-Cola 33cl ", "Soft drinks", BaseUnit.CAN,
                new BigDecimal("2000.5")));

        assertThat(product.price()).isEqualByComparingTo("2000.50").hasScaleOf(2);
        assertThat(product.name()).isEqualTo("Coca-Cola 33cl");
        assertThat(product.sku().value()).isEqualTo("COKE-33");
    }

    @Test
    void refusesToRoundAPrice() {
        assertThatIllegalArgumentException().isThrownBy(() -> Product.create(
                new NewProduct("X", "X", "Beer", BaseUnit.BOTTLE, new BigDecimal("1.005"))));
    }

    @Test
    void refusesANegativePrice() {
        assertThatIllegalArgumentException().isThrownBy(() -> Product.create(
                new NewProduct("X", "X", "Beer", BaseUnit.BOTTLE, new BigDecimal("-0.01"))));
    }

    @Test
    void refusesABlankName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Product.create(
                new NewProduct("X", "  ", "Beer", BaseUnit.BOTTLE, BigDecimal.ONE)));
    }
}
