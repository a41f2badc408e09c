package io.elif.bootstrap.tenancy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "acme", "shop_2", "0"})
    void acceptsLowercaseLettersDigitsAndUnderscore(String id) {
        assertThat(new TenantId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Demo", "de-mo", "de.mo", "demo ", "démo", "a;drop", "x123456789012345678901234567890123456789012345678901234567890123"})
    void refusesAnythingElse(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TenantId(id));
    }
}
