package io.elif.identity.domain;

import io.elif.identity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A user of one tenant. Every change that must end the user's sessions (password, roles, disabling)
 * moves the security stamp on.
 */
public record UserAccount(UUID id, String username, String email, String displayName, Set<Role> roles,
                          boolean active, String passwordHash, String totpSecret, boolean totpEnabled,
                          long securityStamp, Instant createdAt, Instant updatedAt) {

    public static final String USERNAME_FORMAT = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_FORMAT);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public UserAccount {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public static UserAccount create(String username, String email, String displayName, Set<Role> roles,
                                     String passwordHash, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.INVALID_USER, "username",
                    "A username has 3 to 40 letters, digits, '.', '-' or '_'");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.INVALID_USER, "email", "Not an email address");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.INVALID_USER, "displayName",
                    "A display name has 1 to 100 characters");
        }
        return new UserAccount(UUID.randomUUID(), username, email.toLowerCase(Locale.ROOT), displayName.strip(),
                requireRoles(roles), true, passwordHash, null, false, 0, now, now);
    }

    public boolean isActiveAdmin() {
        return active && roles.contains(Role.ADMIN);
    }

    public UserAccount withRoles(Set<Role> newRoles, Instant now) {
        return new UserAccount(id, username, email, displayName, requireRoles(newRoles), active, passwordHash,
                totpSecret, totpEnabled, securityStamp + 1, createdAt, now);
    }

    public UserAccount withActive(boolean newActive, Instant now) {
        return new UserAccount(id, username, email, displayName, roles, newActive, passwordHash, totpSecret,
                totpEnabled, securityStamp + 1, createdAt, now);
    }

    public UserAccount withPasswordHash(String newHash, Instant now) {
        return new UserAccount(id, username, email, displayName, roles, active, newHash, totpSecret, totpEnabled,
                securityStamp + 1, createdAt, now);
    }

    /** A secret being set up; it protects logins only once confirmed. */
    public UserAccount withTotpSecret(String secret, boolean enabled, Instant now) {
        return new UserAccount(id, username, email, displayName, roles, active, passwordHash, secret, enabled,
                securityStamp, createdAt, now);
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.INVALID_USER, "roles", "A user holds at least one role");
        }
        return EnumSet.copyOf(roles);
    }
}
