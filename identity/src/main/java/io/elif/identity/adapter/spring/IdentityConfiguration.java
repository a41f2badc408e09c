package io.elif.identity.adapter.spring;

import io.elif.identity.Authenticator;
import io.elif.identity.CurrentTenant;
import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import io.elif.identity.UserProvisioning;
import io.elif.identity.application.ApiTokenStore;
import io.elif.identity.application.AuditLog;
import io.elif.identity.application.AuditTrail;
import io.elif.identity.application.HeldCredentials;
import io.elif.identity.application.LoginAttempts;
import io.elif.identity.application.OwnAccount;
import io.elif.identity.application.PasswordHasher;
import io.elif.identity.application.SessionStore;
import io.elif.identity.application.SignIn;
import io.elif.identity.application.TenantSettings;
import io.elif.identity.application.UserAccounts;
import io.elif.identity.application.UserAdministration;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.identity.domain.PasswordPolicy;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.NoRollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wires identity's Spring-free services. Each runs one transaction per call; a refusal is an answer,
 * not a failure, so what was written before it (failed-login counts, audit entries) is committed.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private final Clock clock;

    IdentityConfiguration(Clock clock) {
        this.clock = clock;
    }


    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2Hasher();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        try (var lines = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            var common = new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .collect(Collectors.toSet());
            return new PasswordPolicy(common);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of common passwords", e);
        }
    }

    @Bean
    SignIn signIn(UserAccounts users, SessionStore sessions, ApiTokenStore tokens, LoginAttempts attempts,
                  PasswordHasher hasher, TenantSettings settings, AuditLog audit, CurrentTenant tenant,
                  PlatformTransactionManager transactions) {
        return transactional(new SignIn(users, sessions, tokens, attempts, hasher, settings, audit, tenant,
                clock), transactions);
    }

    /** Part of the use cases that call it, within their transaction; no transaction of its own. */
    @Bean
    HeldCredentials heldCredentials(SessionStore sessions, ApiTokenStore tokens, AuditLog audit, CurrentTenant tenant) {
        return new HeldCredentials(sessions, tokens, audit, tenant, clock);
    }

    @Bean
    UserAdministration userAdministration(UserAccounts users, PasswordPolicy policy, PasswordHasher hasher,
                                          HeldCredentials credentials, AuditLog audit, CurrentTenant tenant,
                                          PlatformTransactionManager transactions) {
        return transactional(new UserAdministration(users, policy, hasher, credentials, audit, tenant, clock),
                transactions);
    }

    @Bean
    OwnAccount ownAccount(UserAccounts users, ApiTokenStore tokens, SessionStore sessions, PasswordPolicy policy,
                          PasswordHasher hasher, TenantSettings settings, SignIn signIn, HeldCredentials credentials,
                          AuditLog audit, CurrentTenant tenant, PlatformTransactionManager transactions) {
        return transactional(new OwnAccount(users, tokens, sessions, policy, hasher, settings, signIn, credentials, audit,
                tenant, clock), transactions);
    }

    @Bean
    AuditTrail auditTrail(AuditLog log, TenantSettings settings, CurrentTenant tenant,
                          PlatformTransactionManager transactions) {
        return transactional(new AuditTrail(log, settings, tenant), transactions);
    }

    /** The module's API for the application's security filter chain. */
    @Bean
    Authenticator authenticator(SignIn signIn) {
        return new Authenticator() {
            @Override
            public Optional<SignedInUser> bySession(String sessionCookie) {
                return signIn.bySession(sessionCookie);
            }

            @Override
            public Optional<SignedInUser> byApiToken(String token) {
                return signIn.byApiToken(token);
            }
        };
    }

    @Bean
    UserProvisioning userProvisioning(UserAdministration administration) {
        return new UserProvisioning() {
            @Override
            public boolean provisionFirstAdmin(String username, String email, String displayName, String password) {
                return provisionUsers(List.of(new NewAccount(username, email, displayName, Set.of(Role.ADMIN), password)));
            }

            @Override
            public boolean provisionUsers(List<NewAccount> accounts) {
                return administration.provision(accounts.stream()
                        .map(account -> new UserAdministration.NewUser(account.username(), account.email(),
                                account.displayName(), account.roles(), account.password()))
                        .toList());
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T transactional(T service, PlatformTransactionManager transactions) {
        var attribute = new RuleBasedTransactionAttribute(TransactionDefinition.PROPAGATION_REQUIRED,
                List.of(new NoRollbackRuleAttribute(IdentityRefusal.class)));
        var attributes = new MatchAlwaysTransactionAttributeSource();
        attributes.setTransactionAttribute(attribute);
        var proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, attributes));
        return (T) proxy.getProxy();
    }
}
