package io.outpost.app.relay;

/** A heartbeat waiting in the relay queue: what the device sent, as it sent it, and when it was queued. */
public record QueuedHeartbeat(long id, String device, long seq, long time, long uptime, String signature,
                              long queuedAt) {
}
