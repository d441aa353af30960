package io.outpost.app.relay;

import io.outpost.network.oracle.Heartbeat;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Delivers relayed heartbeats to the oracle of the network that is active when the batch goes out (the user
 * may switch networks while heartbeats wait). A heartbeat the oracle rate-limited is kept for later; every
 * other refusal is final.
 */
public final class OracleUplink implements HeartbeatUplink {
    /** ODP devices beat at most every 5 s; waiting that long lets the oracle's per-device bucket refill. */
    static final Duration RATE_LIMITED_WAIT = Duration.ofSeconds(5);

    private final Supplier<OracleClient> activeOracle;

    public OracleUplink(Supplier<OracleClient> activeOracle) {
        this.activeOracle = activeOracle;
    }

    @Override
    public CompletableFuture<List<Delivery>> deliver(List<QueuedHeartbeat> batch) {
        List<Heartbeat> heartbeats = batch.stream()
                .map(h -> new Heartbeat(h.device(), h.seq(), h.time(), h.uptime(), h.signature()))
                .toList();
        return activeOracle.get().postHeartbeats(heartbeats)
                .thenApply(results -> results.stream().map(OracleUplink::delivery).toList());
    }

    private static Delivery delivery(HeartbeatResult result) {
        return switch (result) {
            case HeartbeatResult.Accepted accepted -> new Delivery.Accepted();
            case HeartbeatResult.Refused refused when "rate_limited".equals(refused.code()) ->
                    new Delivery.RetryLater(RATE_LIMITED_WAIT);
            case HeartbeatResult.Refused refused -> new Delivery.Refused(refused.code(), refused.message());
        };
    }
}
