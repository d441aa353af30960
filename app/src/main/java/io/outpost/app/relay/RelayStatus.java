package io.outpost.app.relay;

import java.util.Map;
import java.util.Optional;

/**
 * What the relay has done since the app started: heartbeats delivered, refused by the oracle (by reason),
 * expired in the queue (too old for the oracle to accept), pushed out of a full queue, and still waiting.
 */
public record RelayStatus(long delivered, Map<String, Long> refused, long expired, long droppedWhenFull,
                          int waiting, Optional<String> lastProblem) {
    public RelayStatus {
        refused = Map.copyOf(refused);
    }
}
