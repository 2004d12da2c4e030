package org.satchel.node.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** Prints how far a long job has got, at most every two seconds, so short jobs stay quiet. */
public final class ProgressLine {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final String job;
    private final LongSupplier clock;
    private final long started;
    private long lastPrinted;

    /** A progress line for {@code job}, printed to {@code out}. */
    public ProgressLine(PrintStream out, String job) {
        this(out, job, System::nanoTime);
    }

    ProgressLine(PrintStream out, String job, LongSupplier clock) {
        this.out = out;
        this.job = job;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastPrinted = started;
    }

    /** Reports {@code done} of {@code total}; prints if the last line is old enough. */
    public synchronized void update(long done, long total, String unit) {
        long now = clock.getAsLong();
        if (now - lastPrinted < INTERVAL_NANOS && done < total) {
            return;
        }
        if (done >= total && lastPrinted == started) {
            return; // finished before the first line was due: nothing to report
        }
        lastPrinted = now;
        out.printf(java.util.Locale.ROOT, "%s: %,d/%,d %s (%d%%), %s%n", job, done, total, unit,
                total == 0 ? 100 : done * 100 / total, elapsed(now));
    }

    /** Seconds since the job started, in words. */
    public String elapsed() {
        return elapsed(clock.getAsLong());
    }

    private String elapsed(long now) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (now - started) / 1e9);
    }
}
