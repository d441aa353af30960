package io.outpost.devnet.oracle;

import java.util.Objects;

/**
 * The answer to one heartbeat: accepted, or refused with a reason and an English message; a rate-limited
 * heartbeat also says after how many seconds the device may send again.
 */
record Verdict(Refusal refusal, String message, long retryAfterSeconds) {
    static final Verdict ACCEPTED = new Verdict(null, "accepted", 0);

    static Verdict refused(Refusal refusal, String message) {
        return new Verdict(Objects.requireNonNull(refusal), message, 0);
    }

    static Verdict rateLimited(long retryAfterSeconds) {
        return new Verdict(Refusal.RATE_LIMITED, "too many heartbeats from this device; retry after "
                + retryAfterSeconds + " s", retryAfterSeconds);
    }

    boolean accepted() {
        return refusal == null;
    }
}
