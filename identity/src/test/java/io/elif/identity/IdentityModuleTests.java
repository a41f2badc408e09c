package io.elif.identity;

import io.elif.identity.application.UserAdministration;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity alone against a real PostgreSQL. */
@ApplicationModuleTest
class IdentityModuleTests {

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
            administration.disable(target.id(), actor, RequestOrigin.INTERNAL);
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
                administration.disable(user.id(), keep[0], RequestOrigin.INTERNAL);
            }
        }
    }

    private SignedInUser admin() {
        var username = "a" + UUID.randomUUID().toString().substring(0, 8);
        var user = administration.create(new UserAdministration.NewUser(username, username + "@test.example", username,
                Set.of(Role.ADMIN), username + "-pass-2026"), new SignedInUser(UUID.randomUUID(), "setup", "setup",
                Set.of(Role.ADMIN), false), RequestOrigin.INTERNAL);
        return new SignedInUser(user.id(), user.username(), user.displayName(), user.roles(), false);
    }
}
