package org.satchel.node.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times operations side by side: each round runs every operation for a slice of time in turn,
 * so load from elsewhere on this noisy machine falls on all of them alike, and the median of
 * the rounds is reported. Ratios between operations measured this way are what we trust.
 */
final class Rounds {
    /** One thing to time; {@code body} must do the whole operation once. */
    record Operation(String name, Body body) {}

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private final int rounds;
    private final long sliceNanos;

    Rounds(int rounds, long sliceMillis) {
        this.rounds = rounds;
        this.sliceNanos = sliceMillis * 1_000_000L;
    }

    /** Median nanoseconds per operation, by name, in the order given. */
    Map<String, Double> measure(List<Operation> operations) throws Exception {
        for (Operation operation : operations) { // warm up: JIT, caches, class loading
            runFor(operation, sliceNanos);
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Operation operation : operations) {
                samples.computeIfAbsent(operation.name(), n -> new ArrayList<>()).add(runFor(operation, sliceNanos));
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((name, values) -> medians.put(name, median(values)));
        return medians;
    }

    private static double runFor(Operation operation, long nanos) throws Exception {
        long started = System.nanoTime();
        long count = 0;
        long now;
        do {
            operation.body().run();
            count++;
            now = System.nanoTime();
        } while (now - started < nanos);
        return (double) (now - started) / count;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
