package io.elif.identity.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at T = 59 s gives 94287082 (8 digits). */
    @Test
    void matchesTheRfcTestVector() {
        var secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.codeAt(secret, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(secret, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        var secret = Totp.newSecret(new SecureRandom());
        var now = Instant.ofEpochSecond(1_800_000_000L);
        var step = Totp.stepAt(now);

        assertThat(Totp.verify(secret, Totp.codeAt(secret, step - 1), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 1), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 3), now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }
}
