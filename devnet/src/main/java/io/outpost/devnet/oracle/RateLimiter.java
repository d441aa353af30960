package io.outpost.devnet.oracle;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per device on the oracle's clock: {@code burst} tokens, one more every {@code interval}.
 * Buckets of devices that have been quiet long enough to be full again are dropped.
 */
final class RateLimiter {
    private record Bucket(double tokens, long atMillis) {
    }

    private final Clock clock;
    private final long intervalMillis;
    private final int burst;
    private final Map<String, Bucket> buckets = new HashMap<>();

    RateLimiter(OracleConfig.RateLimit limit, Clock clock) {
        this.clock = clock;
        this.intervalMillis = limit.interval().toMillis();
        this.burst = limit.burst();
    }

    /** Takes a token for the device; when none is left, empty-handed: the seconds until the next one. */
    synchronized OptionalLong take(String device) {
        long now = clock.millis();
        Bucket bucket = buckets.getOrDefault(device, new Bucket(burst, now));
        double tokens = Math.min(burst, bucket.tokens() + Math.max(0, now - bucket.atMillis()) / (double) intervalMillis);
        if (tokens < 1) {
            buckets.put(device, new Bucket(tokens, now));
            long wait = (long) Math.ceil((1 - tokens) * intervalMillis / 1000.0);
            return OptionalLong.of(Math.max(1, wait));
        }
        buckets.put(device, new Bucket(tokens - 1, now));
        if (buckets.size() > 10_000) {
            forgetFull(now);
        }
        return OptionalLong.empty();
    }

    private void forgetFull(long now) {
        buckets.values().removeIf(b -> b.tokens() + (now - b.atMillis()) / (double) intervalMillis >= burst);
    }
}
