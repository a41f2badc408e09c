package io.elif.bootstrap.fuzz;

import io.elif.bootstrap.api.ApiTestSupport;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzing tier's "nothing changed" can fail: a business row is seen, what a refusal may write is not. */
class BusinessDataFingerprintTests extends ApiTestSupport {

    @Test
    void seesABusinessRowButNotTheAuditTrailNorASessionBeingUsed() throws SQLException {
        adminOf("fuzz");
        try (var reader = connectToTenantDatabase("fuzz"); var writer = connectToTenantDatabase("fuzz")) {
            var fingerprint = new BusinessDataFingerprint(reader);
            var before = fingerprint.take();
            var untouched = fingerprint.refresh(before);
            var hashed = fingerprint.hashed();

            writer.createStatement().execute("insert into identity.audit_event (action, outcome) values ('FINGERPRINT', 'TEST')");
            writer.createStatement().execute("update identity.user_session set last_seen_at = now()");
            var refusalTraces = fingerprint.refresh(untouched);

            writer.createStatement().execute(
                    "insert into catalog.category (id, name) values (gen_random_uuid(), 'Fingerprint ' || gen_random_uuid())");
            var changed = fingerprint.refresh(refusalTraces);

            assertThat(BusinessDataFingerprint.changedTables(before, untouched)).isEmpty();
            assertThat(BusinessDataFingerprint.changedTables(untouched, refusalTraces)).isEmpty();
            assertThat(fingerprint.hashed()).as("writes elsewhere make it look again").isGreaterThan(hashed);
            assertThat(BusinessDataFingerprint.changedTables(refusalTraces, changed)).containsExactly("catalog.category");
            assertThat(fingerprint.tables()).contains("catalog.product", "inventory.stock_balance", "identity.user_account")
                    .doesNotContain("identity.audit_event", "identity.login_throttle");
        }
    }
}
