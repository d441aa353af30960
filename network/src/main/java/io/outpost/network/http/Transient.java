package io.outpost.network.http;

import java.time.Duration;
import java.util.Optional;

/** A failure that may pass if the same request is made again later: a timeout, a rate limit, a server fault. */
public interface Transient {
    /** How long the server asked us to wait (HTTP Retry-After), if it said. */
    Optional<Duration> retryAfter();
}
