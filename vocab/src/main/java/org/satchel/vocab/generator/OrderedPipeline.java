package org.satchel.vocab.generator;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs {@code work(0) … work(n-1)} on a few threads and hands the results to a consumer on the
 * calling thread, in index order. At most a few results wait at any time, so memory stays flat
 * however many learners there are.
 */
final class OrderedPipeline {
    /** Consumes results in order; may throw what the caller's output throws. */
    @FunctionalInterface
    interface Step<T, E extends Exception> {
        void accept(int index, T result) throws E;
    }

    private OrderedPipeline() {}

    static int threads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    }

    static <T, E extends Exception> void run(int n, IntFunction<T> work, Step<T, E> step) throws E {
        int threads = threads();
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                step.accept(i, work.apply(i));
            }
            return;
        }
        int window = 2 * threads + 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "school-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < n; i++) {
                while (submitted < n && pending.size() < window) {
                    int index = submitted++;
                    pending.add(pool.submit(() -> work.apply(index)));
                }
                step.accept(i, await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
