package io.elif.bootstrap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The operators' credential. Operators are nobody's users: they hold a random token whose SHA-256 is
 * configured as {@value #PROPERTY}, so the configuration never holds the token itself. A presented token is
 * hashed and compared in constant time. Without a configured hash nothing matches: the operator endpoints
 * are closed.
 */
final class OperatorToken {

    static final String PROPERTY = "elif.operator.token-sha256";
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final byte[] sha256;

    private OperatorToken(byte[] sha256) {
        this.sha256 = sha256;
    }

    /** From the configured hex digest; blank means no operator access at all. */
    static OperatorToken fromConfiguration(String sha256Hex) {
        if (sha256Hex == null || sha256Hex.isBlank()) {
            return new OperatorToken(null);
        }
        if (!SHA_256_HEX.matcher(sha256Hex.strip()).matches()) {
            throw new IllegalStateException(PROPERTY + " must be the SHA-256 of the operator token as 64 hexadecimal "
                    + "digits, e.g. the output of: printf %s \"$TOKEN\" | sha256sum");
        }
        return new OperatorToken(HexFormat.of().parseHex(sha256Hex.strip()));
    }

    boolean matches(String presented) {
        return sha256 != null && MessageDigest.isEqual(sha256, sha256(presented));
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
