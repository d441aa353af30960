package io.outpost.network.oracle;

/** The oracle's answer to one heartbeat of a batch. */
public sealed interface HeartbeatResult {
    record Accepted() implements HeartbeatResult {
    }

    /** Refused, with the oracle's code: bad_signature, unregistered, replayed, stale_time, rate_limited, malformed. */
    record Refused(String code, String message) implements HeartbeatResult {
    }
}
