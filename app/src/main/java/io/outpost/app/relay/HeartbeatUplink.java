package io.outpost.app.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where relayed heartbeats go: the active network's oracle. */
public interface HeartbeatUplink {
    /**
     * Delivers a batch; completes with one {@link Delivery} per heartbeat in the same order, or exceptionally
     * when the oracle could not be reached at all (then every heartbeat stays queued).
     */
    CompletableFuture<List<Delivery>> deliver(List<QueuedHeartbeat> batch);

    /** What became of one heartbeat. */
    sealed interface Delivery {
        /** The oracle counted it. */
        record Accepted() implements Delivery {
        }

        /** The oracle will never count it (forged, replayed, too old, device not registered): drop it. */
        record Refused(String code, String message) implements Delivery {
        }

        /** Not now (rate limit, oracle busy): keep it and try again after {@code after}. */
        record RetryLater(Duration after) implements Delivery {
        }
    }
}
