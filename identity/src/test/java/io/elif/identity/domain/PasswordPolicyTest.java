package io.elif.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1", "iloveyou2"));

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.accept("漢字漢字漢字漢字", "password", null, null)).hasSize(8);
        assertThat(policy.accept("🍺".repeat(128), "password", null, null)).isNotEmpty();
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("🍺".repeat(129), "password", null, null));
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("漢字漢字漢字漢", "password", null, null));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(() -> policy.accept("PassWord1", "newPassword", null, null))
                .satisfies(refusal -> assertThat(refusal.field()).contains("newPassword"));
    }

    @Test
    void normalisesToNfcSoTheSameCharactersMatch() {
        var decomposed = "cafe\u0301-au-lait";
        var composed = "caf\u00e9-au-lait";

        assertThat(policy.accept(decomposed, "password", null, null)).isEqualTo(composed);
    }

    @Test
    void refusesTheUsernameTheEmailAndItsLocalPartWhateverTheirCase() {
        for (var password : new String[] {"Frederik.Berg", "FRITZ-BERG@brewery.example", "Fritz-Berg"}) {
            assertThatExceptionOfType(IdentityRefusal.class).as(password)
                    .isThrownBy(() -> policy.accept(password, "newPassword", "frederik.berg", "fritz-berg@brewery.example"))
                    .satisfies(refusal -> {
                        assertThat(refusal.field()).contains("newPassword");
                        assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.WEAK_PASSWORD);
                        assertThat(refusal.getMessage()).contains("username or the email address");
                    });
        }
        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> policy.accept("frederik.berg@brewery.example", "password", "fberg", "Frederik.Berg@Brewery.example"));
    }

    @Test
    void acceptsAPasswordThatOnlyContainsTheUsername() {
        assertThat(policy.accept("frederik.berg-2026", "password", "frederik.berg", "fritz@brewery.example"))
                .isEqualTo("frederik.berg-2026");
        assertThat(policy.accept("a-long-passphrase", "password", null, null)).isEqualTo("a-long-passphrase");
    }
}
