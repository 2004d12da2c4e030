package org.satchel.node.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves on a second each time it is read, so events have an order, and that a test
 * can move on by days (to see a delegation run out).
 */
final class SteppingClock extends Clock {
    private final Instant start;
    private final AtomicLong seconds = new AtomicLong();

    SteppingClock(Instant start) {
        this.start = start;
    }

    void advance(Duration by) {
        seconds.addAndGet(by.toSeconds());
    }

    @Override
    public Instant instant() {
        return start.plusSeconds(seconds.getAndIncrement());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
