package io.elif.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1", "iloveyou2"));

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.accept("漢字漢字漢字漢字", "password")).hasSize(8);
        assertThat(policy.accept("🍺".repeat(128), "password")).isNotEmpty();
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("🍺".repeat(129), "password"));
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("漢字漢字漢字漢", "password"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("PassWord1", "newPassword"))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("newPassword"));
    }

    @Test
    void normalisesToNfcSoTheSameCharactersMatch() {
        var decomposed = "cafe\u0301-au-lait";
        var composed = "caf\u00e9-au-lait";

        assertThat(policy.accept(decomposed, "password")).isEqualTo(composed);
    }
}
