package io.elif.identity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * 8 to 128 characters (counted as Unicode code points, any script), not one of the most common
 * passwords. Passwords are NFC-normalised before hashing, so the same characters typed on different
 * systems match; nothing is truncated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** The password as it is hashed, once it passed the policy. */
    public String accept(String password, String field) {
        if (password == null) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field, "A password is required");
        }
        var normalised = normalise(password);
        var length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field,
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (commonPasswords.contains(normalised.toLowerCase(Locale.ROOT))) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field,
                    "This password is among the most common ones; choose another");
        }
        return normalised;
    }

    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
