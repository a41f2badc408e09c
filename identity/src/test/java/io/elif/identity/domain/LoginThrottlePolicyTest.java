package io.elif.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

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
}
