package io.outpost.devnet.oracle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves by hand, in whole seconds. */
public final class TestClock extends Clock {
    private final AtomicLong seconds;

    public TestClock(long unixSeconds) {
        this.seconds = new AtomicLong(unixSeconds);
    }

    public long now() {
        return seconds.get();
    }

    public void set(long unixSeconds) {
        seconds.set(unixSeconds);
    }

    public void advance(long delta) {
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
