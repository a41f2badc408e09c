package io.elif.bootstrap.api;

import io.elif.identity.Role;
import io.elif.testing.BenchmarkReport;
import io.elif.testing.Pgbench;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Not a test (Surefire does not pick it up by name): counter sales per second through HTTP, beside pgbench running
 * the statements one sale ran, on the same PostgreSQL in the same run; writes its section of docs/benchmarks.md.
 * Run it with {@code .ci/benchmark-counter-sales}.
 */
@Import(ReadBenchmark.StatementRecorder.class)
class CounterSaleBenchmark extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String DATABASE = "elif_api_demo";
    private static final int PRODUCTS = Integer.getInteger("benchmark.products", 10_000);
    private static final int[] CLIENTS = {1, 8, 32};
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 5);
    private static final int WARM_UP_SECONDS = 10;
    private static final int RECEIPT_LINES = 100;

    @Test
    void measure() throws Exception {
        var bottle = postAs(Role.MANAGER, "/api/catalog/containers", """
                {"code": "BENCH-%s", "name": "Bench bottle", "kind": "BOTTLE", "deposit": "300"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase())).body().get("id").asString();
        var products = IntStream.range(0, PRODUCTS)
                .mapToObj(i -> createProduct(TENANT, uniqueSku(), "Bench soda " + i).get("id").asString()).toList();
        var hot = products.getFirst();
        for (var product : products) {
            putAs(Role.MANAGER, "/api/catalog/products/" + product + "/containers", """
                    {"containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(bottle));
        }
        for (int from = 0; from < products.size(); from += RECEIPT_LINES) {
            var lines = products.subList(from, Math.min(products.size(), from + RECEIPT_LINES)).stream()
                    .map(id -> "{\"productId\": \"%s\", \"quantity\": %d}".formatted(id, id.equals(hot) ? 10_000_000 : 100_000))
                    .collect(Collectors.joining(","));
            postAs(Role.WAREHOUSE, "/api/inventory/receipts", "{\"reference\": \"D-B%d\", \"lines\": [%s]}".formatted(from, lines));
        }
        tillsOpen(Role.SALES);
        var session = sessionAs(TENANT, Role.SALES);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Supplier<String> spread = () -> sale(bottle, random(products), random(products), random(products));
        Supplier<String> onHot = () -> sale(bottle, hot, hot, hot);
        throughHttp(http, session, spread, 8, WARM_UP_SECONDS);
        var rows = new ArrayList<String>();
        for (var load : List.of(new Object[] {"3 lines of %,d products".formatted(PRODUCTS), spread},
                new Object[] {"3 lines of one hot product", onHot})) {
            @SuppressWarnings("unchecked") var body = (Supplier<String>) load[1];
            var statements = statementsOf(http, session, body.get());
            var peak = 0.0;
            for (var clients : CLIENTS) {
                var api = throughHttp(http, session, body, clients, SECONDS);
                var pgbench = withPgbench(statements, clients);
                peak = Math.max(peak, api.perSecond());
                rows.add("| %s | %d | %.0f | %.1f | %.1f | %.0f | %.0f %% |".formatted(load[0], clients, api.perSecond(),
                        api.medianMillis(), api.p99Millis(), pgbench, 100 * api.perSecond() / pgbench));
            }
            var half = Load.paced(peak / 2, CLIENTS[CLIENTS.length - 1], SECONDS, () -> sell(http, session, body));
            rows.add("| %s, at half the peak | %.0f/s due | %.0f | %.1f | %.1f | | |".formatted(load[0], peak / 2,
                    half.perSecond(), half.medianMillis(), half.p99Millis()));
            rows.add("| | | statements per sale: %d | | | | |".formatted(statements.size() - 1));
        }
        writeSection(rows);
    }

    /** A walk-in counter sale: 3 lines of 1 bottle, one bottle exchanged, two consigned, paid in cash with change. */
    private static String sale(String bottle, String first, String second, String third) {
        return """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 1},
                 {"productId": "%s", "quantity": 1}], "deposits": [{"containerTypeId": "%s", "exchanged": 1}],
                 "payments": [{"method": "CASH", "amount": "20000"}]}""".formatted(first, second, third, bottle);
    }

    private static String random(List<String> products) {
        return products.get(ThreadLocalRandom.current().nextInt(products.size()));
    }

    private static final Pattern UUID_LITERAL =
            Pattern.compile("'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'");

    /**
     * The statements one sale ran, with what each sale draws afresh (its number, and every identifier that differs
     * between two sales of the same body: the sale's, its lines', payments', till movement's, idempotency key...)
     * replaced by pgbench variables each transaction draws anew, so that a replay inserts a new sale.
     */
    private List<String> statementsOf(HttpClient http, Session session, String body) throws Exception {
        // the first sale of a body can run more (e.g. the first empty of a kind booked in a warehouse): compare two
        // consecutive sales that ran as many statements
        var first = recorded(http, session, body);
        var second = recorded(http, session, body);
        for (int attempt = 0; first.statements().size() != second.statements().size(); attempt++) {
            if (attempt == 3) {
                throw new IllegalStateException("consecutive sales of one body ran %d and %d statements"
                        .formatted(first.statements().size(), second.statements().size()));
            }
            first = second;
            second = recorded(http, session, body);
        }
        var fresh = new LinkedHashSet<String>();
        for (int i = 0; i < first.statements().size(); i++) {
            var ours = UUID_LITERAL.matcher(first.statements().get(i)).results().map(MatchResult::group).toList();
            var theirs = UUID_LITERAL.matcher(second.statements().get(i)).results().map(MatchResult::group).toList();
            for (int j = 0; j < Math.min(ours.size(), theirs.size()); j++) {
                if (!ours.get(j).equals(theirs.get(j))) {
                    fresh.add(ours.get(j));
                }
            }
        }
        var number = "'" + first.sale().get("number").asString() + "'";
        var draws = new ArrayList<String>();
        draws.add("'%s' || lpad(((random() * 1e11)::bigint)::text, 11, '0') as number"
                .formatted(number.substring(1, 8)));
        var identifiers = List.copyOf(fresh);
        for (int i = 0; i < identifiers.size(); i++) {
            draws.add("gen_random_uuid() as id" + i);
        }
        var replay = new ArrayList<String>();
        replay.add("select " + String.join(", ", draws) + " \\gset");
        for (var sql : first.statements()) {
            var replaced = sql.replace(number, ":number");
            for (int i = 0; i < identifiers.size(); i++) {
                replaced = replaced.replace(identifiers.get(i), ":id" + i);
            }
            replay.add(replaced);
        }
        return replay;
    }

    private record Recording(List<String> statements, JsonNode sale) {
    }

    private Recording recorded(HttpClient http, Session session, String body) throws Exception {
        ReadBenchmark.StatementRecorder.STATEMENTS.clear();
        ReadBenchmark.StatementRecorder.recording = true;
        HttpResponse<String> response;
        try {
            response = http.send(request(session, body), HttpResponse.BodyHandlers.ofString());
            check(response);
        } finally {
            ReadBenchmark.StatementRecorder.recording = false;
        }
        return new Recording(List.copyOf(ReadBenchmark.StatementRecorder.STATEMENTS), JSON.readTree(response.body()));
    }

    private HttpRequest request(Session session, String body) {
        return session.apply(jsonRequest("/api/sales/sales", "POST", body))
                .header("Idempotency-Key", UUID.randomUUID().toString()).build();
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sale failed: " + response.statusCode() + " " + response.body());
        }
    }

    private Load.Figures throughHttp(HttpClient http, Session session, Supplier<String> body, int clients, int seconds)
            throws Exception {
        return Load.run(clients, seconds, () -> sell(http, session, body));
    }

    private void sell(HttpClient http, Session session, Supplier<String> body) throws Exception {
        check(http.send(request(session, body.get()), HttpResponse.BodyHandlers.ofString()));
    }

    /** The sale's statements in a transaction that is rolled back: a replay cannot insert the same sale twice. */
    private double withPgbench(List<String> statements, int clients) throws IOException, InterruptedException {
        return Pgbench.transactionsPerSecond(DATABASE, statements.stream()
                .map(sql -> sql.replace("\n", " ") + (sql.endsWith("\\gset") ? "" : ";"))
                .collect(Collectors.joining("\n", "begin;\n", "\nrollback;\n")), clients, SECONDS);
    }

    private void writeSection(List<String> rows) throws IOException, InterruptedException {
        var markdown = """
                ## Counter sales (issue 10)

                Measured by `.ci/benchmark-counter-sales` on %s, %d cores, %d s per run after a %d s warm-up, against the
                tests' PostgreSQL (embedded). "ELIF": `POST /api/sales/sales` with `complete: true` through real HTTP
                (HTTP/1.1, keep-alive) and the whole security chain, signed in with a session cookie and CSRF token as a
                SALES user, each with its own `Idempotency-Key`: a walk-in customer's sale of 3 lines (priced by the
                server, stock reserved and issued, the bottles' deposit lines with one exchanged, which books an empty)
                paid in cash with change; on %,d products (each line a random one) and on one hot product (every line
                the same product, so every sale waits for its stock card). "pgbench": the statements one sale ran
                (recorded from jOOQ, values inlined; not the event publication registry's), `-M prepared`, that many
                connections, same database, same run, in a transaction that is rolled back (a replay cannot insert the
                same sale twice), so pgbench pays no commit and the ratio is conservative. "At half the peak": sales
                due at a steady rate, half the best rate above, whatever the answers take (an open loop on up to 32
                threads; a sale's time counts from when it was due). Aim: at least 50 %% of pgbench, 99th
                percentile under 50 ms at half the peak rate. The clients share the 2 cores with the
                server, as pgbench's do.

                | Sale | Clients | ELIF (sales/s) | median (ms) | p99 (ms) | pgbench (transactions/s) | ELIF / pgbench |
                |---|---|---|---|---|---|---|
                %s
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), SECONDS, WARM_UP_SECONDS,
                PRODUCTS, String.join("\n", rows));
        BenchmarkReport.writeSection("counter-sales", markdown);
    }
}
