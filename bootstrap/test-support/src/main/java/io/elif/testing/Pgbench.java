package io.elif.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What benchmarks measure ELIF against: pgbench running SQL on a database of the tests' PostgreSQL (the physical
 * limit), and the benchmark's section of docs/benchmarks.md, written through {@code .ci/benchmark-section}.
 */
public final class Pgbench {

    private static final Pattern RATE = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    /** Transactions per second of the script, with that many clients and prepared statements, as JDBC runs them. */
    public static double transactionsPerSecond(String database, String script, int clients, int seconds)
            throws IOException, InterruptedException {
        var file = Files.createTempFile("pgbench", ".sql");
        try {
            Files.writeString(file, script);
            var postgres = TestPostgres.shared();
            var url = URI.create(postgres.url(database).substring("jdbc:".length()));
            var process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(clients),
                    "-j", String.valueOf(Math.min(clients, 4)), "-T", String.valueOf(seconds), "-f", file.toString(),
                    "-h", url.getHost(), "-p", String.valueOf(url.getPort()), "-U", postgres.username(), database)
                    .redirectErrorStream(true);
            process.environment().put("PGPASSWORD", postgres.password());
            var started = process.start();
            var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            started.waitFor();
            var rate = RATE.matcher(output);
            if (!rate.find()) {
                throw new IllegalStateException("pgbench gave no rate:\n" + output);
            }
            return Double.parseDouble(rate.group(1));
        } finally {
            Files.delete(file);
        }
    }
}
