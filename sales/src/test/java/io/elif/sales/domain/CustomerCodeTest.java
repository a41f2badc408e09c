package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CustomerCodeTest {

    @Test
    void aGivenCodeIsTrimmedAndUpperCased() {
        assertThat(CustomerCode.given(" bar-tsara-01 ").value()).isEqualTo("BAR-TSARA-01");
        assertThat(CustomerCode.given("x".repeat(20)).value()).isEqualTo("X".repeat(20));
    }

    @Test
    void aGivenCodeIsOneToTwentyLettersDigitsOrDashes() {
        for (var bad : new String[] {"", " ", "x".repeat(21), "BAR TSARA", "BAR_1", "É-1", "C/1"}) {
            assertThatExceptionOfType(InvalidInputException.class).as(bad).isThrownBy(() -> CustomerCode.given(bad))
                    .satisfies(e -> assertThat(e.field()).contains("code"));
        }
    }

    @Test
    void theServerNumbersWithSixDigitsAtLeast() {
        assertThat(CustomerCode.numbered(1).value()).isEqualTo("C-000001");
        assertThat(CustomerCode.numbered(123_456).value()).isEqualTo("C-123456");
        assertThat(CustomerCode.numbered(1_000_000).value()).isEqualTo("C-1000000");
        assertThatIllegalArgumentException().isThrownBy(() -> CustomerCode.numbered(0));
    }

    @Test
    void aStoredCodeIsUpperCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerCode("c-000001"));
    }
}
