package io.elif.bootstrap.fuzz;

import io.elif.bootstrap.api.ApiTestSupport;
import io.elif.bootstrap.fuzz.BusinessDataFingerprint.Snapshot;
import io.elif.bootstrap.fuzz.Findings.Rule;
import io.elif.bootstrap.fuzz.Mutation.Case;
import io.elif.bootstrap.fuzz.OpenApiDocument.Operation;
import io.elif.bootstrap.fuzz.TimedClient.Answer;
import io.elif.bootstrap.security.PermissionMatrix;
import io.elif.identity.Role;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fuzzing tier: every operation of the application's live OpenAPI document, as every role and as
 * nobody, gets its valid request and then that request with one thing made hostile (a field, a path or
 * query parameter, the body's shape, its Content-Type; see {@link MutatedRequests} and {@link BadValues}).
 * Whatever the input, the API answers within three seconds (a hang detector, not a speed figure: a loaded CI
 * machine once took a second to swallow a 5 MiB body), never with a 5xx, refuses with problem+json what
 * the document makes invalid, and a refused request changes no business data ({@link BusinessDataFingerprint}).
 * Of the callers the permission matrix admits, the first gets every mutation and the others share them; a
 * caller it refuses gets a sample (the refusal comes before the body is read). Every broken rule of the
 * run is reported together, and written to target/api-fuzz-report.txt. Alone: {@code -Dtest=ApiFuzzTests}.
 */
class ApiFuzzTests extends ApiTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFuzzTests.class);
    private static final String TENANT = "fuzz";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);
    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(10);
    private static final Duration ABANDONED_WORK = Duration.ofMinutes(3);
    private static final int SAMPLE_FOR_REFUSED_CALLERS = 12;
    private static final Set<String> ENDS_THE_SESSION = Set.of("POST /api/auth/logout");
    private static final PermissionMatrix MATRIX = PermissionMatrix.load();

    private final TimedClient client = new TimedClient();
    private final Findings findings = new Findings();
    private final Map<Role, Session> sessions = new EnumMap<>(Role.class);
    private final Set<String> stuckPublications = new HashSet<>();
    private BusinessDataFingerprint fingerprint;
    private Snapshot current;
    private Connection database;
    private String anonymousCsrf;
    private int requestsSent;
    private long requestNanos;
    private long fingerprintNanos;

    /** A role, or nobody (role null). */
    private record Caller(Role role) {

        String name() {
            return role == null ? "anonymous" : role.name();
        }
    }

    @Test
    void everyOperationRefusesHostileInputQuicklyWithAProblemAndChangesNothing() throws Exception {
        var started = System.nanoTime();
        var document = new OpenApiDocument(get(null, "/v3/api-docs").body());
        var operations = document.operations();
        assertThat(operations).as("operations in the application's OpenAPI document").isNotEmpty();

        var seeds = FuzzSeeds.create(this::asAdmin, uniqueBarcode());
        LOG.info("Seeded in {} s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        var requests = new MutatedRequests(document, new ValidValues(document, seeds, ApiTestSupport::uniqueBarcode));
        for (var role : Role.values()) {
            sessions.put(role, sessionAs(TENANT, role));
        }
        anonymousCsrf = csrfToken(TENANT);
        try (var connection = connectToTenantDatabase(TENANT)) {
            database = connection;
            fingerprint = new BusinessDataFingerprint(connection);
            LOG.info("Business data compared before and after refusals: {}", fingerprint.tables());
            current = fingerprint.take();
            for (var operation : operations) {
                fuzz(operation, requests);
            }
        } finally {
            var took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Fuzzed {} operations with {} requests in {} s ({} s waiting for answers, {} s comparing data, "
                            + "{} md5 fingerprints); ids without a seed (random UUIDs): {}; findings per rule: {}",
                    operations.size(), requestsSent, took.toSeconds(), requestNanos / 1_000_000_000, fingerprintNanos / 1_000_000_000,
                    fingerprint == null ? 0 : fingerprint.hashed(), seeds.unseeded(), findings.counts());
            writeReport(operations.size(), took);
        }
        assertThat(findings.isEmpty())
                .as("%d requests over %d operations broke these rules:%s", requestsSent, operations.size(), findings.report())
                .isTrue();
    }

    private void fuzz(Operation operation, MutatedRequests requests) {
        var cases = requests.of(operation);
        var accepted = new TreeSet<String>();
        // a request that hung (its work may go on for minutes) is not sent again as the next caller
        var hung = new HashSet<Mutation>();
        var sent = requestsSent;
        var allowedSoFar = 0;
        for (var caller : callers()) {
            var allowed = mayCall(caller, operation);
            var batch = allowed ? share(cases, allowedSoFar++) : sample(cases);
            // a write that may be accepted is checked request by request; anything else as one batch
            var eachRequest = allowed && !operation.isRead();
            var endsTheSession = ENDS_THE_SESSION.contains(operation.name()) && caller.role() != null;
            if (endsTheSession) {
                // a session of its own, so that the test support's shared one survives
                sessions.put(caller.role(), freshSessionAs(TENANT, caller.role()));
            }
            var before = refreshed(current);
            for (var fuzzCase : batch) {
                var mutation = fuzzCase.mutation();
                if (hung.contains(mutation)) {
                    continue;
                }
                var request = requests.request(operation, mutation);
                var answer = client.send(operation.method(), uri(request.pathAndQuery()), request.contentType(), request.body(),
                        credentials(caller));
                requestsSent++;
                requestNanos += answer.took().toNanos();
                check(operation, caller, mutation, answer);
                if (allowed && fuzzCase.mustBeRefused() && answer.accepted()) {
                    findings.add(Rule.ACCEPTED_INVALID, operation.name(), caller.name(), mutation.label(), String.valueOf(answer.status()));
                }
                if (answer.status() == 0) {
                    hung.add(mutation);
                    awaitAbandonedWork();
                }
                if (mutation instanceof Mutation.None && answer.accepted()) {
                    accepted.add(caller.name());
                } else if (mutation instanceof Mutation.None && allowed) {
                    LOG.info("{}: the valid request as {} was refused: {}", operation.name(), caller.name(), outcome(answer));
                }
                if (eachRequest) {
                    before = compare(before, operation, caller, mutation, answer);
                }
                if (answer.accepted() && endsTheSession) {
                    sessions.put(caller.role(), freshSessionAs(TENANT, caller.role()));
                    before = refreshed(before);
                }
            }
            current = refreshed(before);
            var changed = BusinessDataFingerprint.changedTables(before, current);
            if (!eachRequest && !changed.isEmpty()) {
                findings.add(Rule.CHANGED_WHEN_REFUSED, operation.name(), caller.name(),
                        "one of " + batch.size() + " requests", "changed " + changed);
            }
        }
        LOG.info("{}: {} mutations, {} requests; the valid request was accepted for {}",
                operation.name(), cases.size(), requestsSent - sent, accepted);
    }

    /** After a refused request the business data must be as before; after an accepted one, the new state is the reference. */
    private Snapshot compare(Snapshot before, Operation operation, Caller caller, Mutation mutation, Answer answer) {
        if (answer.accepted()) {
            awaitEventDelivery(operation, caller, mutation);
        }
        var after = refreshed(before);
        var changed = BusinessDataFingerprint.changedTables(before, after);
        if (!answer.accepted() && !changed.isEmpty()) {
            findings.add(Rule.CHANGED_WHEN_REFUSED, operation.name(), caller.name(), mutation.label(),
                    outcome(answer) + ", changed " + changed);
        }
        return after;
    }

    private Snapshot refreshed(Snapshot before) {
        var started = System.nanoTime();
        var after = fingerprint.refresh(before);
        fingerprintNanos += System.nanoTime() - started;
        return after;
    }

    private void check(Operation operation, Caller caller, Mutation mutation, Answer answer) {
        if (answer.status() >= 500) {
            findings.add(Rule.SERVER_ERROR, operation.name(), caller.name(), mutation.label(), outcome(answer));
        }
        if (answer.status() == 0) {
            LOG.warn("{} as {} with {}: {}", operation.name(), caller.name(), mutation.label(), answer.body());
            findings.add(Rule.SLOW, operation.name(), caller.name(), mutation.label(),
                    answer.body() + "; not sent again as the next callers");
        } else if (answer.took().compareTo(TIME_LIMIT) > 0) {
            findings.add(Rule.SLOW, operation.name(), caller.name(), mutation.label(), "took " + answer.took().toMillis() + " ms");
        }
        if (answer.status() >= 400 && answer.status() < 500 && !isProblem(answer)) {
            findings.add(Rule.NOT_PROBLEM_JSON, operation.name(), caller.name(), mutation.label(),
                    answer.status() + " " + answer.contentType() + " " + Findings.truncate(answer.body(), 120));
        }
    }

    private static boolean isProblem(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            return JSON.readTree(answer.body()).path("type").isString();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String outcome(Answer answer) {
        if (answer.status() == 0) {
            return answer.body();
        }
        try {
            var problem = JSON.readTree(answer.body());
            var type = problem.path("type").asString("");
            var errors = problem.has("errors") ? " " + problem.get("errors") : "";
            return answer.status() + " " + type.substring(type.lastIndexOf('/') + 1) + ": "
                    + Findings.truncate(problem.path("detail").asString("") + errors, 200);
        } catch (RuntimeException notJson) {
            return answer.status() + " " + answer.contentType() + " " + Findings.truncate(answer.body(), 120);
        }
    }

    /** Listeners run after commit, on their own threads: the state to compare with is the one after them. */
    private void awaitEventDelivery(Operation operation, Caller caller, Mutation mutation) {
        try {
            await().atMost(EVENT_DELIVERY).pollInterval(Duration.ofMillis(10)).until(() -> incompletePublications().isEmpty());
        } catch (ConditionTimeoutException e) {
            var stuck = incompletePublications();
            stuckPublications.addAll(stuck);
            findings.add(Rule.EVENT_NOT_DELIVERED, operation.name(), caller.name(), mutation.label(), stuck.size() + " publication(s)");
        }
    }

    /**
     * A request the client gave up on may still hold a connection, a transaction and row locks: the next
     * requests wait until the tenant's database is quiet again, so that one hang is reported once instead
     * of as a cascade of unrelated timeouts and exhausted pools.
     */
    private void awaitAbandonedWork() {
        try {
            await().atMost(ABANDONED_WORK).pollInterval(Duration.ofMillis(200)).until(() -> busyConnections() == 0);
        } catch (ConditionTimeoutException e) {
            LOG.warn("The tenant's database is still busy {} s after an abandoned request; going on", ABANDONED_WORK.toSeconds());
        }
    }

    private int busyConnections() throws SQLException {
        try (var statement = database.createStatement(); var rows = statement.executeQuery("""
                select count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'""")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<String> incompletePublications() {
        var ids = new ArrayList<String>();
        try (var statement = database.createStatement();
             var rows = statement.executeQuery("select id from events.event_publication where completion_date is null")) {
            while (rows.next()) {
                if (!stuckPublications.contains(rows.getString(1))) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static List<Caller> callers() {
        var callers = new ArrayList<Caller>();
        for (var role : Role.values()) {
            callers.add(new Caller(role));
        }
        callers.add(new Caller(null));
        return callers;
    }

    private static boolean mayCall(Caller caller, Operation operation) {
        return MATRIX.ruleFor(operation.method(), operation.path()).map(rule -> switch (rule.access()) {
            case PUBLIC -> true;
            case SIGNED_IN -> caller.role() != null;
            case ROLES -> caller.role() != null && rule.roles().contains(caller.role());
        }).orElse(false);
    }

    /**
     * The first caller the operation admits gets every case; each further one every other case, in turn,
     * so that two of them together send them all again: a role changes who may call, rarely how input is read.
     */
    private static List<Case> share(List<Case> cases, int admittedBefore) {
        if (admittedBefore == 0) {
            return cases;
        }
        var share = new ArrayList<Case>();
        for (int i = 0; i < cases.size(); i++) {
            if (i == 0 || (i + admittedBefore) % 2 == 0) {
                share.add(cases.get(i));
            }
        }
        return share;
    }

    /** Cases spread evenly over the list, the valid request first. */
    private static List<Case> sample(List<Case> cases) {
        if (cases.size() <= SAMPLE_FOR_REFUSED_CALLERS) {
            return cases;
        }
        var sample = new ArrayList<Case>();
        for (int i = 0; i < SAMPLE_FOR_REFUSED_CALLERS; i++) {
            sample.add(cases.get(i * cases.size() / SAMPLE_FOR_REFUSED_CALLERS));
        }
        return sample;
    }

    private UnaryOperator<HttpRequest.Builder> credentials(Caller caller) {
        if (caller.role() != null) {
            return sessions.get(caller.role())::apply;
        }
        return request -> request.header("X-Tenant", TENANT)
                .header("Cookie", "XSRF-TOKEN=" + anonymousCsrf).header("X-XSRF-TOKEN", anonymousCsrf);
    }

    private JsonNode asAdmin(String method, String path, String json) {
        var request = json == null ? HttpRequest.newBuilder(uri(path)).GET() : jsonRequest(path, method, json);
        var response = sendAs(adminOf(TENANT), request);
        if (response.status() >= 300) {
            throw new AssertionError("seeding " + method + " " + path + " refused: " + response.raw().body());
        }
        return response.body();
    }

    private void writeReport(int operations, Duration took) throws IOException {
        var report = Path.of(System.getProperty("basedir", ".")).resolve("target/api-fuzz-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "%d operations, %d requests, %d s%n%s%n".formatted(operations, requestsSent, took.toSeconds(),
                findings.isEmpty() ? "no finding" : findings.report()));
    }
}
