package io.outpost.network.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before trying a request again: exponential backoff from {@code baseDelay}
 * up to {@code maxDelay}, with "equal jitter" (half the delay fixed, half random) so that many clients
 * hit by the same fault do not come back in step. A server's Retry-After is honoured, up to
 * {@code retryAfterCap}, so that a hostile or confused server cannot park us for an hour.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration retryAfterCap,
                          RandomGenerator random) {
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        Objects.requireNonNull(random, "random");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: at least 1, was " + maxAttempts);
        }
    }

    /** Four attempts, 250 ms doubling up to 8 s, Retry-After honoured up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(30),
                RandomGenerator.getDefault());
    }

    /** The wait before attempt {@code failedAttempt + 1}, after attempt {@code failedAttempt} (from 1) failed. */
    public Duration delay(int failedAttempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(retryAfterCap) > 0 ? retryAfterCap : asked;
        }
        long doubled = baseDelay.toMillis() << Math.min(failedAttempt - 1, 20);
        long capped = Math.min(doubled, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
