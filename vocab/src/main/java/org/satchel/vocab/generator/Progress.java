package org.satchel.vocab.generator;

/** Told after each learner is written, in learner order; for progress bars and benchmarks. */
@FunctionalInterface
public interface Progress {
    /** Called once per learner, with {@code done} running from 1 to {@code total}. */
    void learnerDone(int done, int total);

    /** A progress listener that ignores every call. */
    static Progress none() {
        return (done, total) -> { };
    }
}
