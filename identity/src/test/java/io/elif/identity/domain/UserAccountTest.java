package io.elif.identity.domain;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserAccountTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:30:00Z");

    private static UserAccount fritz() {
        return UserAccount.create("fritz.berg", "Fritz.Berg@Brewery.example", "  Fritz Berg ", Set.of(Role.SALES),
                "$argon2id$hash", CREATED);
    }

    @Test
    void aNewAccountIsActiveWithoutSecondFactorItsEmailLowerCaseAndItsNameStripped() {
        var user = fritz();

        assertThat(user.active()).isTrue();
        assertThat(user.totpEnabled()).isFalse();
        assertThat(user.totpSecret()).isNull();
        assertThat(user.email()).isEqualTo("fritz.berg@brewery.example");
        assertThat(user.displayName()).isEqualTo("Fritz Berg");
        assertThat(user.securityStamp()).isZero();
        assertThat(user.createdAt()).isEqualTo(CREATED).isEqualTo(user.updatedAt());
    }

    @Test
    void refusesAMalformedUsernameEmailDisplayNameOrNoRoleNamingTheField() {
        assertRefused("username", () -> UserAccount.create("fb", "fb@brewery.example", "FB", Set.of(Role.SALES), "h", CREATED));
        assertRefused("username", () -> UserAccount.create("fritz berg", "fb@brewery.example", "FB", Set.of(Role.SALES), "h", CREATED));
        assertRefused("username", () -> UserAccount.create(".fritz", "fb@brewery.example", "FB", Set.of(Role.SALES), "h", CREATED));
        assertRefused("email", () -> UserAccount.create("fritz", "fritz@brewery", "FB", Set.of(Role.SALES), "h", CREATED));
        assertRefused("email", () -> UserAccount.create("fritz", "a@b@brewery.example", "FB", Set.of(Role.SALES), "h", CREATED));
        assertRefused("displayName", () -> UserAccount.create("fritz", "fb@brewery.example", "   ", Set.of(Role.SALES), "h", CREATED));
        assertRefused("displayName", () -> UserAccount.create("fritz", "fb@brewery.example", "x".repeat(101), Set.of(Role.SALES), "h", CREATED));
        assertRefused("roles", () -> UserAccount.create("fritz", "fb@brewery.example", "FB", Set.of(), "h", CREATED));
        assertRefused("roles", () -> fritz().withRoles(null, LATER));
    }

    @Test
    void changesThatMustEndSessionsMoveTheSecurityStampOn() {
        var user = fritz();

        assertThat(user.withPasswordHash("$argon2id$other", LATER).securityStamp()).isEqualTo(1);
        assertThat(user.withRoles(EnumSet.of(Role.WAREHOUSE), LATER).securityStamp()).isEqualTo(1);
        assertThat(user.withActive(false, LATER).securityStamp()).isEqualTo(1);
        assertThat(user.withActive(false, LATER).withActive(true, LATER).securityStamp()).isEqualTo(2);
    }

    @Test
    void aSecondFactorBeingSetUpKeepsTheSessions() {
        var settingUp = fritz().withTotpSecret("JBSWY3DPEHPK3PXP", false, LATER);
        var confirmed = settingUp.withTotpSecret(settingUp.totpSecret(), true, LATER);

        assertThat(settingUp.totpEnabled()).isFalse();
        assertThat(confirmed.totpEnabled()).isTrue();
        assertThat(confirmed.securityStamp()).isZero();
        assertThat(confirmed.updatedAt()).isEqualTo(LATER);
        assertThat(confirmed.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void onlyAnActiveAdministratorCountsAsOne() {
        var admin = fritz().withRoles(EnumSet.of(Role.ADMIN, Role.SALES), LATER);

        assertThat(fritz().isActiveAdmin()).isFalse();
        assertThat(admin.isActiveAdmin()).isTrue();
        assertThat(admin.withActive(false, LATER).isActiveAdmin()).isFalse();
    }

    @Test
    void itsRolesCannotBeChangedFromOutside() {
        var roles = new HashSet<>(Set.of(Role.SALES));
        var user = UserAccount.create("fritz", "fb@brewery.example", "FB", roles, "h", CREATED);

        roles.add(Role.ADMIN);

        assertThat(user.roles()).containsExactly(Role.SALES);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> user.roles().add(Role.ADMIN));
    }

    private static void assertRefused(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable creation) {
        assertThatExceptionOfType(IdentityRefusal.class).isThrownBy(creation)
                .satisfies(refusal -> {
                    assertThat(refusal.field()).contains(field);
                    assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.INVALID_USER);
                });
    }
}
