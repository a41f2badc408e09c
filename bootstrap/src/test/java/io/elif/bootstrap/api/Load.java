package io.elif.bootstrap.api;

import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** The benchmarks' load: one call repeated by that many client threads for a time, with its rate and latencies. */
final class Load {

    private Load() {
    }

    interface Call {
        void run() throws Exception;
    }

    record Figures(double perSecond, double medianMillis, double p99Millis) {
    }

    static Figures run(int clients, int seconds, Call call) throws InterruptedException {
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var latencies = new CopyOnWriteArrayList<long[]>();
        try (var executor = Executors.newFixedThreadPool(clients)) {
            for (int client = 0; client < clients; client++) {
                executor.submit(() -> {
                    var own = new long[1 << 20];
                    int count = 0;
                    while (System.nanoTime() < deadline && count < own.length) {
                        long start = System.nanoTime();
                        call.run();
                        own[count++] = System.nanoTime() - start;
                    }
                    latencies.add(Arrays.copyOf(own, count));
                    return null;
                });
            }
        }
        var all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures((double) all.length / seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}
