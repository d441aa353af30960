package io.outpost.devnet.oracle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves by hand, in whole seconds. */
final class TestClock extends Clock {
    private final AtomicLong seconds;

    TestClock(long unixSeconds) {
        this.seconds = new AtomicLong(unixSeconds);
    }

    long now() {
        return seconds.get();
    }

    void set(long unixSeconds) {
        seconds.set(unixSeconds);
    }

    void advance(long delta) {
        seconds.addAndGet(delta);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochSecond(seconds.get());
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
