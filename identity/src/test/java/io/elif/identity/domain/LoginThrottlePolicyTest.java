package io.elif.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottlePolicyTest {

    @Test
    void slowsDownFromTheFifthFailureGrowingButNeverForGood() {
        assertThat(LoginThrottlePolicy.waitAfter(4)).isZero();
        assertThat(LoginThrottlePolicy.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottlePolicy.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottlePolicy.waitAfter(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(LoginThrottlePolicy.waitAfter(1_000)).isEqualTo(LoginThrottlePolicy.LONGEST_WAIT);
    }

    @Test
    void countsALoginAsTypedIgnoringCaseAndSpacesApartFromTheAccount() {
        var account = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

        assertThat(LoginThrottlePolicy.loginKey("  Fritz@Brewery.example ")).isEqualTo("login:fritz@brewery.example");
        assertThat(LoginThrottlePolicy.loginKey(null)).isEqualTo("login:");
        assertThat(LoginThrottlePolicy.accountKey(account)).isEqualTo("account:" + account)
                .isNotEqualTo(LoginThrottlePolicy.loginKey(account.toString()))
                .isNotEqualTo(LoginThrottlePolicy.loginKey("account:" + account));
    }
}
