package io.outpost.app.alerts;

import java.time.Instant;

/** A device went offline (not seen since {@code since}) or came back; {@code at} is when Outpost noticed. */
public record Alert(Kind kind, String device, String name, Instant since, Instant at) {
    public enum Kind { OFFLINE, BACK_ONLINE }
}
