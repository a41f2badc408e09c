package io.elif.bootstrap.tenancy;

import io.elif.testing.BenchmarkReport;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * Not a test (Surefire does not pick it up by name): 2, 200 and 500 tenants served by one ELIF process on the
 * machine's PostgreSQL (127.0.0.1:5432 unless {@code -Dbenchmark.postgres=...}), its databases
 * {@code elif_bench_tNNN} created when missing; writes its section of docs/benchmarks.md. Run it with
 * {@code .ci/benchmark-many-tenants}. Each size starts the application in a process of its own from this build's
 * classes, with the defaults an operator gets (the bound from the server, 8 per tenant, 4 migration threads).
 */
class ManyTenantsBenchmark {

    private static final String POSTGRES = System.getProperty("benchmark.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("benchmark.pg-user", "postgres");
    private static final String PASSWORD = System.getProperty("benchmark.pg-password", "");
    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.tenants", "2,200,500").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    /** The heap bound an operator sets (docs/operations.md, Connections): resident memory follows the heap committed. */
    private static final String HEAP = System.getProperty("benchmark.heap", "512m");
    private static final int CLIENTS = 8;
    private static final int COLD_SAMPLES = 20;
    private static final String OPERATOR_TOKEN = "many-tenants-benchmark-operator-token";
    private static final String ADMIN_PASSWORD = "first-admin-pass-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private record Figures(int tenants, double firstReadySeconds, double allReadySeconds, long rssAfterStart,
                           long heapAfterStart, int connectionsAfterStart, long rssAfterRequests, long heapAfterRequests,
                           int mostConnections, int connectionsAfterIdle, double coldMedianMillis, double coldMaxMillis,
                           int bound, int unavailable) {
    }

    @Test
    void measure() throws Exception {
        int largest = SIZES.stream().mapToInt(Integer::intValue).max().orElseThrow();
        var loadBefore = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        var firstMigration = createDatabases(largest);
        var rows = new ArrayList<Figures>();
        for (var size : SIZES) {
            rows.add(run(size));
        }
        var loadAfter = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        writeSection(firstMigration, rows, loadBefore, loadAfter);
    }

    /** One tenant's first start on an empty database: every schema created; the time until it serves. */
    private double firstStart() throws Exception {
        try (var app = launch(1)) {
            app.awaitUp("t000");
            return app.seconds();
        }
    }

    private Figures run(int tenants) throws Exception {
        try (var app = launch(tenants)) {
            app.awaitUp("t000");
            double first = app.seconds();
            app.awaitAllUp(tenants);
            double all = app.seconds();
            var rssStart = app.rssMiB();
            var heapStart = app.heapUsedMiB();
            int connectionsStart = connectionsHeld();
            var sampling = new AtomicBoolean(true);
            var most = new AtomicInteger();
            var sampler = Thread.ofPlatform().start(() -> sample(sampling, most));
            var sessions = new ConcurrentHashMap<String, String>();
            try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int i = 0; i < tenants; i++) {
                    var tenant = tenant(i);
                    clients.execute(() -> {
                        try {
                            var session = app.signIn(tenant);
                            app.products(tenant, session);
                            sessions.put(tenant, session);
                        } catch (RuntimeException e) {
                            System.err.println(e.getMessage());
                        }
                    });
                }
            }
            sampling.set(false);
            sampler.join();
            if (sessions.size() != tenants) {
                throw new IllegalStateException("only " + sessions.size() + " of " + tenants + " tenants answered");
            }
            var rssRequests = app.rssMiB();
            var heapRequests = app.heapUsedMiB();
            int afterIdle = awaitIdle();
            var cold = new ArrayList<Double>();
            for (int i = 0; i < Math.min(COLD_SAMPLES, tenants); i++) {
                var tenant = tenant(i * tenants / Math.min(COLD_SAMPLES, tenants));
                long began = System.nanoTime();
                app.products(tenant, sessions.get(tenant));
                cold.add((System.nanoTime() - began) / 1e6);
            }
            cold.sort(Double::compare);
            return new Figures(tenants, first, all, rssStart, heapStart, connectionsStart, rssRequests, heapRequests,
                    most.get(), afterIdle, cold.get(cold.size() / 2), cold.getLast(), app.bound(), app.unavailable.get());
        }
    }

    /** Until the pools have closed their idle connections (idle timeout, then the pools' housekeeping). */
    private int awaitIdle() {
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> connectionsHeld() == 0);
        } catch (ConditionTimeoutException stillHeld) {
            // reported as measured: what the pools still hold after 90 s
        }
        return connectionsHeld();
    }

    private static void sample(AtomicBoolean sampling, AtomicInteger most) {
        while (sampling.get()) {
            most.accumulateAndGet(connectionsHeld(), Math::max);
        }
    }

    private static int connectionsHeld() {
        try (var connection = DriverManager.getConnection(POSTGRES + "postgres", USER, PASSWORD);
             var result = connection.createStatement().executeQuery(
                     "select count(*) from pg_stat_activity where application_name = 'elif' and datname like 'elif\\_bench\\_t%'")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code elif_bench_t000} migrated by a first start (its duration returned; 0 when it existed), every other
     * database a copy of it: the figures are about serving migrated tenants, not about creating 500 databases.
     */
    private double createDatabases(int tenants) throws Exception {
        var existing = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(POSTGRES + "postgres", USER, PASSWORD);
             var result = connection.createStatement().executeQuery(
                     "select datname from pg_database where datname like 'elif\\_bench\\_t%'")) {
            while (result.next()) {
                existing.add(result.getString(1));
            }
        }
        double firstStart = 0;
        if (!existing.contains("elif_bench_t000")) {
            administer("create database elif_bench_t000");
            firstStart = firstStart();
        }
        for (int i = 1; i < tenants; i++) {
            var database = "elif_bench_" + tenant(i);
            if (!existing.contains(database)) {
                administer("create database " + database + " template elif_bench_t000");
            }
        }
        return firstStart;
    }

    private static void administer(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(POSTGRES + "postgres", USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String tenant(int i) {
        return "t%03d".formatted(i);
    }

    /** One ELIF process with that many tenants. */
    private final class App implements AutoCloseable {

        private final Process process;
        private final int port;
        private final long launched = System.nanoTime();
        private final AtomicInteger unavailable = new AtomicInteger();
        private final Path configuration;

        private App(Process process, int port, Path configuration) {
            this.process = process;
            this.port = port;
            this.configuration = configuration;
        }

        double seconds() {
            return (System.nanoTime() - launched) / 1e9;
        }

        void awaitUp(String tenant) {
            await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(() -> {
                alive();
                try {
                    return http.send(HttpRequest.newBuilder(uri("/api/tenant")).header("X-Tenant", tenant).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYetListening) {
                    return false;
                }
            });
        }

        void awaitAllUp(int tenants) {
            await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                alive();
                return operatorHealth().get("components").get("tenants").get("components").valueStream()
                        .filter(component -> component.get("status").asString().equals("UP")).count() == tenants;
            });
        }

        int bound() throws Exception {
            return Integer.parseInt(Files.readAllLines(logFile()).stream()
                    .filter(line -> line.contains("tenant connections: at most"))
                    .map(line -> line.replaceAll(".*at most (\\d+) for this instance.*", "$1"))
                    .findFirst().orElse("0"));
        }

        private JsonNode operatorHealth() throws Exception {
            var response = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .header("Authorization", "Bearer " + OPERATOR_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        }

        /** Sends, and after a 503 waits as its Retry-After says and sends again (counted), as a client should. */
        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            while (true) {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                var retryAfter = response.headers().firstValue("Retry-After");
                if (response.statusCode() != 503 || retryAfter.isEmpty()) {
                    return response;
                }
                unavailable.incrementAndGet();
                // the pause the server asked for, as Awaitility's delay rather than a sleep
                var pause = Duration.ofSeconds(Long.parseLong(retryAfter.get()));
                await().pollDelay(pause).atMost(pause.plusSeconds(1)).until(() -> true);
            }
        }

        String signIn(String tenant) {
            try {
                var csrfResponse = http.send(HttpRequest.newBuilder(uri("/api/auth/csrf")).header("X-Tenant", tenant).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                var csrf = cookie(csrfResponse, "XSRF-TOKEN");
                var login = send(HttpRequest.newBuilder(uri("/api/auth/login"))
                        .header("X-Tenant", tenant).header("Content-Type", "application/json")
                        .header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                        .build());
                if (login.statusCode() != 200) {
                    throw new IllegalStateException(tenant + ": login " + login.statusCode() + " " + login.body());
                }
                return cookie(login, "ELIF_SESSION");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        void products(String tenant, String session) {
            try {
                var response = send(HttpRequest.newBuilder(uri("/api/catalog/products")).header("X-Tenant", tenant)
                        .header("Cookie", "ELIF_SESSION=" + session).GET().build());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(tenant + ": products " + response.statusCode() + " " + response.body());
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        long rssMiB() throws IOException {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        }

        /** The heap in use after a full collection, from jcmd. */
        long heapUsedMiB() throws IOException, InterruptedException {
            jcmd("GC.run");
            var info = jcmd("GC.heap_info");
            var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 : -1;
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            var output = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            return output;
        }

        private Path logFile() {
            return configuration.resolveSibling("elif.log");
        }

        private void alive() {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + logFile());
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private App launch(int tenants) throws IOException {
        var directory = Files.createTempDirectory("elif-many-tenants");
        var configuration = directory.resolve("tenants.properties");
        var lines = new ArrayList<String>();
        for (int i = 0; i < tenants; i++) {
            var tenant = tenant(i);
            var prefix = "elif.tenants." + tenant + ".";
            lines.add(prefix + "url=" + POSTGRES + "elif_bench_" + tenant);
            lines.add(prefix + "username=" + USER);
            lines.add(prefix + "password=" + PASSWORD);
            lines.add(prefix + "first-admin.username=admin");
            lines.add(prefix + "first-admin.email=admin@" + tenant + ".example");
            lines.add(prefix + "first-admin.password=" + ADMIN_PASSWORD);
        }
        lines.add("elif.operator.token-sha256=" + sha256(OPERATOR_TOKEN));
        lines.add("elif.security.login-attempts-per-minute=1000000");
        Files.write(configuration, lines);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-cp", classPath, "io.elif.ElifApplication",
                "--spring.config.additional-location=file:" + configuration, "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(directory.resolve("elif.log").toFile()).start();
        return new App(process, port, configuration);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no cookie " + name));
    }

    private void writeSection(double firstMigration, List<Figures> rows, String loadBefore, String loadAfter)
            throws IOException, InterruptedException {
        var table = rows.stream().map(row -> "| %d | %d | %.1f s | %.1f s | %d / %d MiB | %d | %d / %d MiB | %d | %d | %d | %.0f ms (max %.0f) |"
                .formatted(row.tenants(), row.bound(), row.firstReadySeconds(), row.allReadySeconds(), row.rssAfterStart(),
                        row.heapAfterStart(), row.connectionsAfterStart(), row.rssAfterRequests(), row.heapAfterRequests(),
                        row.mostConnections(), row.unavailable(), row.connectionsAfterIdle(), row.coldMedianMillis(), row.coldMaxMillis()))
                .collect(Collectors.joining("\n"));
        var markdown = """
                ## Many tenants in one process (issue 13)

                Measured by `.ci/benchmark-many-tenants` on %s, %d cores, against the machine's PostgreSQL
                (`max_connections` %d), one ELIF process per row started from the build's classes with `-Xmx%s` and the
                operator's defaults: the connection bound from the server (half its slots), 8 connections per tenant, idle
                connections closed after 10 s, 4 tenants migrated at a time in the background. The tenants' databases
                are copies of one migrated by a first start (%s). Load average before and after the run: %s and %s
                (the 2 cores were shared with other builds).

                | Tenants | Bound | First tenant serves | All tenants up | RSS / heap after start | Connections after start | RSS / heap after a request to each | Most connections during those requests | 503 answers retried | Connections once idle | A cold tenant's first answer (median of %d) |
                |---|---|---|---|---|---|---|---|---|---|---|
                %s

                "First tenant serves": from launching the JVM until `t000` answers `GET /api/tenant`; "all tenants up":
                until the operator's health shows every tenant UP (each tenant's migrations checked, none pending).
                Heap: in use after a full collection (`jcmd GC.run`); resident memory after the requests includes the heap
                the sign-ins' Argon2id hashing (19 MiB each, %d at a time) made the JVM commit, up to `-Xmx`. The requests: each tenant's first administrator
                signs in and reads a product page, %d clients at a time; a 503 (no connection within 5 s) is sent again
                after its Retry-After and counted. Connections: ELIF's connections to the
                tenants' databases in `pg_stat_activity`. A cold tenant: its pool has closed its connections (idle), its
                session is no longer cached; the answer includes opening a connection.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), maxConnections(), HEAP,
                firstMigration > 0 ? "until it served: %.1f s".formatted(firstMigration) : "kept from an earlier run",
                loadBefore, loadAfter, COLD_SAMPLES, table, CLIENTS, CLIENTS);
        BenchmarkReport.writeSection("many-tenants", markdown);
    }

    private static int maxConnections() {
        try (var connection = DriverManager.getConnection(POSTGRES + "postgres", USER, PASSWORD);
             var result = connection.createStatement().executeQuery("show max_connections")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
