package io.elif.catalog.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkuTest {

    @Test
    void isTrimmedAndUpperCased() {
        assertThat(new Sku("  thb-65 ").value()).isEqualTo("THB-65");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-LEADING-DASH", "WITH SPACE", "ÉCLAIR", "TOO-LONG-01234567890123456789012345678901"})
    void rejectsMalformedCodes(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sku(code));
    }
}
