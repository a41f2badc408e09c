package io.elif.bootstrap.api;

import io.elif.identity.Role;
import io.elif.testing.BenchmarkReport;
import io.elif.testing.Pgbench;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Not a test (Surefire does not pick it up by name): authenticated reads per second through HTTP, beside pgbench
 * running the very statements those requests ran, on the same PostgreSQL in the same run; writes its section of
 * docs/benchmarks.md. Run it with {@code .ci/benchmark-reads}.
 */
@Import(ReadBenchmark.StatementRecorder.class)
class ReadBenchmark extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String DATABASE = "elif_api_demo";
    private static final int PRODUCTS = 500;
    private static final int[] CLIENTS = {1, 8, 32};
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 5);
    private static final int WARM_UP_SECONDS = 10;

    /**
     * Records the SQL of the requests in flight while recording is on, with the values inlined: only what runs on
     * Tomcat's request threads, not what listeners run after a commit on threads of their own.
     */
    @TestConfiguration
    static class StatementRecorder {
        static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
        static volatile boolean recording;

        @Bean
        DefaultExecuteListenerProvider statementRecorder() {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    if (recording && context.query() != null
                            && Thread.currentThread().getName().startsWith("tomcat-handler-")) {
                        STATEMENTS.add(context.dsl().renderInlined(context.query()));
                    }
                }
            });
        }
    }

    private record Read(String name, String path) {
    }

    @Test
    void measure() throws Exception {
        var ids = IntStream.range(0, PRODUCTS)
                .mapToObj(i -> createProduct(TENANT, uniqueSku(), "Bench lager " + i).get("id").asString()).toList();
        var session = sessionAs(TENANT, Role.SALES);
        var reads = List.of(
                new Read("Product page of 20 (`GET /api/catalog/products?page=3&size=20`)", "/api/catalog/products?page=3&size=20"),
                new Read("Order desk stock look-up of 20 products (`GET /api/inventory/stock?productIds=...`)",
                        "/api/inventory/stock?productIds=" + String.join(",", ids.subList(0, 20))));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (var read : reads) {
            throughHttp(http, session, read, 8, WARM_UP_SECONDS);
        }
        var rows = new ArrayList<String>();
        for (var read : reads) {
            var statements = statementsOf(http, session, read);
            for (var clients : CLIENTS) {
                var api = throughHttp(http, session, read, clients, SECONDS);
                var pgbench = withPgbench(statements, clients);
                rows.add("| %s | %d | %.0f | %.1f | %.1f | %.0f | %.0f %% |".formatted(read.name(), clients, api.perSecond(),
                        api.medianMillis(), api.p99Millis(), pgbench, 100 * api.perSecond() / pgbench));
            }
            rows.add("| | | statements per request: %d | | | | |".formatted(statements.size()));
        }
        writeSection(rows);
    }

    private List<String> statementsOf(HttpClient http, Session session, Read read) throws Exception {
        StatementRecorder.STATEMENTS.clear();
        StatementRecorder.recording = true;
        try {
            check(http.send(request(session, read), HttpResponse.BodyHandlers.ofString()));
        } finally {
            StatementRecorder.recording = false;
        }
        return List.copyOf(StatementRecorder.STATEMENTS);
    }

    private HttpRequest request(Session session, Read read) {
        return HttpRequest.newBuilder(uri(read.path()))
                .header("Cookie", "ELIF_SESSION=" + session.cookie()).GET().build();
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("read failed: " + response.statusCode() + " " + response.body());
        }
    }

    private Load.Figures throughHttp(HttpClient http, Session session, Read read, int clients, int seconds)
            throws Exception {
        var request = request(session, read);
        return Load.run(clients, seconds, () -> check(http.send(request, HttpResponse.BodyHandlers.ofString())));
    }

    private double withPgbench(List<String> statements, int clients) throws IOException, InterruptedException {
        return Pgbench.transactionsPerSecond(DATABASE, statements.stream().map(sql -> sql.replace("\n", " ") + ";")
                .collect(Collectors.joining("\n", "", "\n")), clients, SECONDS);
    }

    private void writeSection(List<String> rows) throws IOException, InterruptedException {
        var markdown = """
                ## Authenticated reads (issue 9)

                Measured by `.ci/benchmark-reads` on %s, %d cores, %d s per run after a %d s warm-up, against the tests'
                PostgreSQL (embedded). "ELIF": requests through real HTTP (HTTP/1.1, keep-alive) to the whole
                application, signed in with a session cookie as a SALES user, from that many client threads in the same
                JVM; a tenant with %d products. "pgbench": the statements those requests ran (recorded from jOOQ, values
                inlined, one request's worth per transaction, `-M prepared`), that many connections, same database, same
                run: the physical limit. Aim: at least 50 %% of pgbench at 8 and 32 clients, 99th percentile under
                20 ms at 8. The clients share the 2 cores with the server, as pgbench's do.

                | Read | Clients | ELIF (requests/s) | median (ms) | p99 (ms) | pgbench (transactions/s) | ELIF / pgbench |
                |---|---|---|---|---|---|---|
                %s
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), SECONDS, WARM_UP_SECONDS,
                PRODUCTS, String.join("\n", rows));
        BenchmarkReport.writeSection("reads", markdown);
    }
}
