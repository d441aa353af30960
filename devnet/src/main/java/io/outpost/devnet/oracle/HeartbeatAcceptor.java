package io.outpost.devnet.oracle;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance rules, in this order: well-formed; signed by the device's key; dated within
 * ±{@link #TOLERANCE_SECONDS} of the oracle clock and not in an epoch already closed; registered on-chain;
 * within the device's rate limit; seq above every seq stored for the device. Only then is it stored.
 */
final class HeartbeatAcceptor {
    static final long TOLERANCE_SECONDS = 120;

    private final Registrations registrations;
    private final RateLimiter rateLimiter;
    private final HeartbeatStore store;
    private final Clock clock;

    HeartbeatAcceptor(Registrations registrations, RateLimiter rateLimiter, HeartbeatStore store, Clock clock) {
        this.registrations = registrations;
        this.rateLimiter = rateLimiter;
        this.store = store;
        this.clock = clock;
    }

    /** Judges and, when accepted, stores one heartbeat; the chain or the database failing is an exception. */
    Verdict accept(JsonNode params) throws IOException, SQLException {
        SignedHeartbeat heartbeat;
        try {
            heartbeat = SignedHeartbeat.parse(params);
        } catch (ApiError e) {
            return Verdict.refused(e.refusal(), e.getMessage());
        }
        if (!heartbeat.signedByDevice()) {
            return Verdict.refused(Refusal.BAD_SIGNATURE, "the signature does not recover to " + heartbeat.device());
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(heartbeat.time() - now) > TOLERANCE_SECONDS) {
            return Verdict.refused(Refusal.STALE_TIME, "time " + heartbeat.time() + " is more than " + TOLERANCE_SECONDS
                    + " s from the oracle's clock (" + now + ")");
        }
        if (heartbeat.time() < store.sealedBefore()) {
            return sealed(heartbeat);
        }
        if (registrations.of(heartbeat.device()).isEmpty()) {
            return Verdict.refused(Refusal.UNREGISTERED, heartbeat.device() + " is not registered on-chain");
        }
        OptionalLong wait = rateLimiter.take(heartbeat.device());
        if (wait.isPresent()) {
            return Verdict.rateLimited(wait.getAsLong());
        }
        return switch (store.store(heartbeat, now)) {
            case STORED -> Verdict.ACCEPTED;
            case REPLAYED -> Verdict.refused(Refusal.REPLAYED, "seq " + heartbeat.seq()
                    + " is not above every seq already seen from " + heartbeat.device());
            case SEALED -> sealed(heartbeat);
        };
    }

    private static Verdict sealed(SignedHeartbeat heartbeat) {
        return Verdict.refused(Refusal.STALE_TIME, "time " + heartbeat.time() + " lies in an epoch that is already closed");
    }
}
