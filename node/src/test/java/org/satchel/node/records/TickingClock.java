package org.satchel.node.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at a fixed instant and moves on a second each time it is read, so events have an order. */
public final class TickingClock extends Clock {
    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    public TickingClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plus(Duration.ofSeconds(ticks.getAndIncrement()));
    }
}
