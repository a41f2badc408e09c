package io.elif.identity.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * 8 to 128 characters (counted as Unicode code points, any script), not the account's own username,
 * email address or the email's local part (whatever the case), not one of the most common passwords.
 * Passwords are NFC-normalised before hashing, so the same characters typed on different systems
 * match; nothing is truncated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /**
     * The password as it is hashed, once it passed the policy.
     *
     * @param username the account's username, as given (may be null while the account is being created)
     * @param email    the account's email address, as given (may be null likewise)
     */
    public String accept(String password, String field, String username, String email) {
        if (password == null) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field, "A password is required");
        }
        var normalised = normalise(password);
        var length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field,
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (namesTheAccount(normalised, username, email)) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field,
                    "A password may not be the username or the email address; choose another");
        }
        if (commonPasswords.contains(normalised.toLowerCase(Locale.ROOT))) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.WEAK_PASSWORD, field,
                    "This password is among the most common ones; choose another");
        }
        return normalised;
    }

    private static boolean namesTheAccount(String password, String username, String email) {
        var lowered = password.toLowerCase(Locale.ROOT);
        var names = new ArrayList<String>();
        if (username != null) {
            names.add(username);
        }
        if (email != null) {
            names.add(email);
            if (email.lastIndexOf('@') > 0) {
                names.add(email.substring(0, email.lastIndexOf('@')));
            }
        }
        return names.stream().map(name -> normalise(name.strip()).toLowerCase(Locale.ROOT)).anyMatch(lowered::equals);
    }

    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
