package io.elif.bootstrap.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The benchmarks' load: one call repeated for a time, with its rate and latencies; a failed call fails the run. */
final class Load {

    private Load() {
    }

    interface Call {
        void run() throws Exception;
    }

    record Figures(double perSecond, double medianMillis, double p99Millis) {
    }

    /** Closed loop: that many clients, each calling again as soon as its call returns. */
    static Figures run(int clients, int seconds, Call call) throws InterruptedException, ExecutionException {
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var latencies = new CopyOnWriteArrayList<long[]>();
        var clientsDone = new ArrayList<Future<?>>();
        try (var executor = Executors.newFixedThreadPool(clients)) {
            for (int client = 0; client < clients; client++) {
                clientsDone.add(executor.submit(() -> {
                    var own = new long[1 << 20];
                    int count = 0;
                    while (System.nanoTime() < deadline && count < own.length) {
                        long start = System.nanoTime();
                        call.run();
                        own[count++] = System.nanoTime() - start;
                    }
                    latencies.add(Arrays.copyOf(own, count));
                    return null;
                }));
            }
        }
        return figures(clientsDone, latencies.stream().flatMapToLong(Arrays::stream).toArray(), seconds);
    }

    /**
     * Open loop: calls due at a steady rate whatever the answers take, on up to that many threads; a call's
     * latency runs from when it was due, so a call that waits for a free thread counts its wait.
     */
    static Figures paced(double perSecond, int threads, int seconds, Call call) throws InterruptedException, ExecutionException {
        var calls = (int) (perSecond * seconds);
        var latencies = new long[calls];
        var done = new ArrayList<Future<?>>();
        try (var scheduler = Executors.newScheduledThreadPool(threads)) {
            var start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                var index = i;
                var due = start + (long) (i * 1e9 / perSecond);
                done.add(scheduler.schedule(() -> {
                    call.run();
                    latencies[index] = System.nanoTime() - due;
                    return null;
                }, due - System.nanoTime(), TimeUnit.NANOSECONDS));
            }
        }
        return figures(done, latencies, seconds);
    }

    private static Figures figures(List<Future<?>> calls, long[] latencies, int seconds)
            throws InterruptedException, ExecutionException {
        for (var call : calls) {
            call.get();
        }
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures((double) sorted.length / seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
