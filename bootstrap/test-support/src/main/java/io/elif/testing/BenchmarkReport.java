package io.elif.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where every benchmark writes its figures: its own section of docs/benchmarks.md, through .ci/benchmark-section. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Replaces the named section of docs/benchmarks.md; {@code basedir} is the Maven module's folder. */
    public static void writeSection(String name, String markdown) throws IOException, InterruptedException {
        var writer = new ProcessBuilder(Path.of(System.getProperty("basedir", "."), "..", ".ci", "benchmark-section")
                .normalize().toString(), name).redirectErrorStream(true).start();
        writer.getOutputStream().write(markdown.getBytes(StandardCharsets.UTF_8));
        writer.getOutputStream().close();
        System.out.println(new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        writer.waitFor();
    }
}
