package io.elif.identity;

import io.elif.testing.QueryCounter;
import io.elif.identity.adapter.spring.CaffeineRecentSessions;
import io.elif.identity.application.ApiTokenStore;
import io.elif.identity.application.AuditFilter;
import io.elif.identity.application.AuditLog;
import io.elif.identity.application.HeldCredentials;
import io.elif.identity.application.LoginAttempts;
import io.elif.identity.application.OwnAccount;
import io.elif.identity.application.PasswordHasher;
import io.elif.identity.application.RecordedAuditEntry;
import io.elif.identity.application.SessionStore;
import io.elif.identity.application.SignIn;
import io.elif.identity.application.TenantSettings;
import io.elif.identity.application.UserAccounts;
import io.elif.identity.application.UserAdministration;
import io.elif.identity.domain.LoginThrottlePolicy;
import io.elif.identity.domain.PasswordPolicy;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.jooq.ExecuteListenerProvider;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Identity alone against a real PostgreSQL. */
@ApplicationModuleTest
class IdentityModuleTests {

    private static final QueryCounter queries = new QueryCounter();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountedQueries {

        @Bean
        ExecuteListenerProvider queryCounting() {
            return queries.provider();
        }
    }

    private static final RequestOrigin INTERNAL = new RequestOrigin("internal", null);

    @TestConfiguration
    static class OneTenant {

        @Bean
        CurrentTenant currentTenant() {
            return () -> "test";
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("identity_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    UserAdministration administration;

    @Autowired
    OwnAccount ownAccount;

    @Autowired
    SignIn signIn;

    @Autowired
    Authenticator authenticator;

    @Autowired
    UserAccounts users;
    @Autowired
    SessionStore sessions;
    @Autowired
    ApiTokenStore tokens;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    TenantSettings settings;
    @Autowired
    HeldCredentials credentials;
    @Autowired
    AuditLog audit;
    @Autowired
    CurrentTenant tenant;

    /**
     * Sign-in and own account on a clock that stands still, so that a slow-down of a second is still on
     * when the next attempt comes, however loaded the machine (each statement commits on its own).
     */
    private record Frozen(SignIn signIn, OwnAccount ownAccount) {
    }

    private Frozen frozen() {
        var clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        var frozenSignIn = new SignIn(users, sessions, tokens, attempts, hasher, settings, audit, tenant,
                new CaffeineRecentSessions(clock), clock);
        return new Frozen(frozenSignIn, new OwnAccount(users, tokens, sessions, policy, hasher, settings, frozenSignIn,
                credentials, audit, tenant, clock));
    }

    @Test
    void resettingThePasswordOrDisablingEndsEverySessionAndApiTokenOfTheUser() {
        var user = user(Role.SALES);
        var session = signIn.login(user.username(), user.username() + "-pass-2026", null, INTERNAL).cookie();
        var token = ownAccount.createApiToken(user, "till", INTERNAL).token();
        assertThat(authenticator.bySession(session)).isPresent();
        assertThat(authenticator.byApiToken(token)).hasValueSatisfying(by -> assertThat(by.byApiToken()).isTrue());

        administration.resetPassword(user.id(), "brand-new-pass-2026", admin(), INTERNAL);

        assertThat(authenticator.bySession(session)).isEmpty();
        assertThat(authenticator.byApiToken(token)).isEmpty();
        assertThat(ownAccount.apiTokens(user)).singleElement().satisfies(listed -> assertThat(listed.revokedAt()).isNotNull());

        var again = signIn.login(user.username(), "brand-new-pass-2026", null, INTERNAL).cookie();
        var secondToken = ownAccount.createApiToken(user, "export", INTERNAL).token();
        administration.disable(user.id(), admin(), INTERNAL);
        administration.enable(user.id(), admin(), INTERNAL);

        assertThat(authenticator.bySession(again)).isEmpty();
        assertThat(authenticator.byApiToken(secondToken)).isEmpty();
        assertThat(ownAccount.apiTokens(user)).hasSize(2).allSatisfy(listed -> assertThat(listed.revokedAt()).isNotNull());
    }

    /** A session this instance recognised a moment ago ends at once with a logout or a change of the user's roles. */
    @Test
    void aRecognisedSessionEndsAtOnce() {
        var user = user(Role.SALES);
        var password = user.username() + "-pass-2026";
        var session = signIn.login(user.username(), password, null, INTERNAL).cookie();
        var signedIn = authenticator.bySession(session).orElseThrow();

        signIn.logout(session, signedIn, INTERNAL);
        assertThat(authenticator.bySession(session)).isEmpty();

        var again = signIn.login(user.username(), password, null, INTERNAL).cookie();
        assertThat(authenticator.bySession(again)).hasValueSatisfying(by -> assertThat(by.roles()).containsExactly(Role.SALES));
        administration.changeRoles(user.id(), Set.of(Role.MANAGER), admin(), INTERNAL);
        assertThat(authenticator.bySession(again)).as("new roles, new sign-in").isEmpty();
    }

    /** A refusal is an answer: the audit entries and failure counts written before it commit with it. */
    @Test
    void refusalsCommitWhatWasWrittenBeforeThem() {
        var user = user(Role.SALES);

        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> signIn.login(user.username(), "a-wrong-password", null, INTERNAL));
        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> ownAccount.setUpTotp(user, "another-wrong-password", INTERNAL));

        assertThat(audit.search(new AuditFilter(null, "FAILURE", user.username(), null, null), 0, 10).items())
                .extracting(RecordedAuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.LOGIN.name(), AuditAction.REAUTHENTICATION.name());
        assertThat(attempts.recordFailure(List.of(LoginThrottlePolicy.accountKey(user.id()))))
                .as("two failures counted before, this is the third").containsValue(3);
    }

    /**
     * The check of every request: one statement in no transaction of its own, none while this instance recognised
     * the session in the last seconds; the last activity is written when the recorded one is a minute old, not on
     * every request.
     */
    @Test
    void checkingASessionOrTokenCostsOneStatementAndWritesOnceAMinuteAtMost() {
        var user = user(Role.SALES);
        var session = signIn.login(user.username(), user.username() + "-pass-2026", null, INTERNAL).cookie();
        var token = ownAccount.createApiToken(user, "till", INTERNAL).token();

        assertThat(queries.countInTransaction(() -> authenticator.bySession(session))).isZero();
        assertThat(queries.count(() -> authenticator.bySession(session))).as("recognised recently").isZero();
        assertThat(queries.count(() -> authenticator.byApiToken(token))).as("first use recorded").isEqualTo(2);
        assertThat(queries.count(() -> authenticator.byApiToken(token))).isOne();
        assertThat(queries.countInTransaction(() -> authenticator.byApiToken(token))).isZero();

        var later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        var twoMinutesLater = new SignIn(users, sessions, tokens, attempts, hasher, settings, audit, tenant,
                new CaffeineRecentSessions(later), later);
        assertThat(queries.count(() -> twoMinutesLater.bySession(session))).as("activity recorded").isEqualTo(2);
        assertThat(queries.count(() -> twoMinutesLater.bySession(session))).isZero();
        assertThat(queries.count(() -> twoMinutesLater.byApiToken(token))).as("use recorded").isEqualTo(2);
        assertThat(queries.count(() -> twoMinutesLater.byApiToken(token))).isOne();
        assertThat(twoMinutesLater.bySession(session)).isPresent();
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndKeepsOnlyTheNewSession() {
        var user = user(Role.MANAGER);
        var old = signIn.login(user.username(), user.username() + "-pass-2026", null, INTERNAL).cookie();
        var token = ownAccount.createApiToken(user, "script", INTERNAL).token();

        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> ownAccount.changePassword(user, "not-the-password", "brand-new-pass-2026", INTERNAL))
                .satisfies(refusal -> assertThat(refusal.field()).contains("currentPassword"));
        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> ownAccount.changePassword(user, user.username() + "-pass-2026", user.username().toUpperCase(),
                        INTERNAL))
                .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.WEAK_PASSWORD));
        assertThat(authenticator.bySession(old)).as("refused changes change nothing").isPresent();

        var fresh = ownAccount.changePassword(user, user.username() + "-pass-2026", "brand-new-pass-2026", INTERNAL);

        assertThat(authenticator.bySession(old)).isEmpty();
        assertThat(authenticator.byApiToken(token)).isEmpty();
        assertThat(authenticator.bySession(fresh.cookie())).isPresent();
    }

    /** Guesses at a signed-in user's password check count against the account as failed logins do. */
    @Test
    void passwordChecksAreSlowedDownWithTheAccountsLogins() {
        var user = user(Role.SALES);
        var frozen = frozen();
        for (int attempt = 1; attempt <= 5; attempt++) {
            var guess = "guess-number-" + attempt;
            assertThatExceptionOfType(IdentityRefusal.class)
                    .isThrownBy(() -> frozen.ownAccount().setUpTotp(user, guess, INTERNAL))
                    .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.WRONG_PASSWORD));
        }

        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> frozen.ownAccount().setUpTotp(user, user.username() + "-pass-2026", INTERNAL))
                .satisfies(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.THROTTLED);
                    assertThat(refusal.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive());
                });
        assertThatExceptionOfType(IdentityRefusal.class)
                .isThrownBy(() -> frozen.signIn().login(user.username(), user.username() + "-pass-2026", null, INTERNAL))
                .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.INVALID_CREDENTIALS));
    }

    /**
     * Three guesses by username and two by email slow the account down; the next login by username is
     * refused even with the right password, in the words of a wrong one, as an unknown login's would be.
     */
    @Test
    void loginsAreCountedPerAccountWhicheverFormOfTheLoginWasTyped() {
        var user = user(Role.WAREHOUSE);
        var frozen = frozen();
        var email = user.username() + "@test.example";
        var unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        var answers = new ArrayList<IdentityRefusal.Reason>();
        for (var login : List.of(unknown, unknown, unknown, unknown + "@test.example", unknown + "@test.example",
                user.username(), user.username(), user.username(), email, email)) {
            answers.add(refusal(() -> frozen.signIn().login(login, "a-wrong-password", null, INTERNAL)));
        }

        var known = refusal(() -> frozen.signIn().login(user.username(), user.username() + "-pass-2026", null, INTERNAL));
        var stranger = refusal(() -> frozen.signIn().login(unknown, "a-wrong-password", null, INTERNAL));

        assertThat(answers).containsOnly(IdentityRefusal.Reason.INVALID_CREDENTIALS);
        assertThat(known).isEqualTo(stranger).isEqualTo(IdentityRefusal.Reason.INVALID_CREDENTIALS);
    }

    private static IdentityRefusal.Reason refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (IdentityRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused");
    }

    /** Two administrators disabling each other at the same moment: exactly one of them stays. */
    @Test
    void theLastActiveAdministratorSurvivesConcurrentDisabling() throws Exception {
        var first = admin();
        var second = admin();
        otherAdminsDisabled(first, second);
        var barrier = new CyclicBarrier(2);
        try (var executor = Executors.newFixedThreadPool(2)) {
            var results = executor.invokeAll(List.<Callable<Boolean>>of(
                    () -> disable(second, first, barrier),
                    () -> disable(first, second, barrier)));
            var succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isOne();
        }
        assertThat(List.of(administration.find(first.id()), administration.find(second.id())))
                .filteredOn(user -> user.active()).hasSize(1);
    }

    private boolean disable(SignedInUser actor, SignedInUser target, CyclicBarrier barrier) throws Exception {
        barrier.await();
        try {
            administration.disable(target.id(), actor, INTERNAL);
            return true;
        } catch (IdentityRefusal refusal) {
            assertThat(refusal.reason()).isEqualTo(IdentityRefusal.Reason.LAST_ADMIN);
            return false;
        }
    }

    private void otherAdminsDisabled(SignedInUser... keep) {
        var kept = Set.of(keep).stream().map(SignedInUser::id).toList();
        for (var user : administration.search("", 0, 100).items()) {
            if (user.isActiveAdmin() && !kept.contains(user.id())) {
                administration.disable(user.id(), keep[0], INTERNAL);
            }
        }
    }

    private SignedInUser admin() {
        return user(Role.ADMIN);
    }

    /** A new user whose password is their username + "-pass-2026", signed in by a session. */
    private SignedInUser user(Role role) {
        var username = "a" + UUID.randomUUID().toString().substring(0, 8);
        var user = administration.create(new UserProvisioning.NewAccount(username, username + "@test.example", username,
                Set.of(role), username + "-pass-2026"), new SignedInUser(UUID.randomUUID(), "setup", "setup",
                Set.of(Role.ADMIN), false, false), INTERNAL);
        return new SignedInUser(user.id(), user.username(), user.displayName(), user.roles(), false, false);
    }
}
