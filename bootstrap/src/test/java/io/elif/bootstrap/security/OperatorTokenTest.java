package io.elif.bootstrap.security;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorTokenTest {

    private static final String TOKEN = "a-random-operator-token";
    private static final String SHA_256 = HexFormat.of().formatHex(OperatorToken.sha256(TOKEN));

    @Test
    void theConfiguredDigestMatchesItsTokenAndNothingElse() {
        var configured = OperatorToken.fromConfiguration(SHA_256.toUpperCase());

        assertThat(configured.matches(TOKEN)).isTrue();
        assertThat(configured.matches(TOKEN + " ")).isFalse();
        assertThat(configured.matches(SHA_256)).as("the digest is not the token").isFalse();
        assertThat(configured.matches("")).isFalse();
    }

    @Test
    void withoutAConfiguredDigestTheOperatorEndpointsAreClosed() {
        for (var none : new String[] {null, "", "  "}) {
            var closed = OperatorToken.fromConfiguration(none);

            assertThat(closed.matches(TOKEN)).isFalse();
            assertThat(closed.matches("")).isFalse();
        }
    }

    @Test
    void aDigestOfTheWrongShapeStopsTheStartWithWhatToConfigure() {
        assertThatThrownBy(() -> OperatorToken.fromConfiguration(TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("elif.operator.token-sha256")
                .hasMessageContaining("sha256sum")
                .hasMessageNotContaining(TOKEN);
    }
}
