package io.outpost.app.sensors;

import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Heartbeat;
import java.time.Instant;

/**
 * Heartbeats this computer signs for a sensor it saw working: the same message an ODP device signs, so the
 * oracle checks them alike. {@code seq} is the time in milliseconds: it only grows, across restarts too, and
 * two heartbeats of one sensor never share it.
 */
public final class HostHeartbeats {
    private HostHeartbeats() {
    }

    public static Heartbeat make(DeviceKey key, Instant now, long uptimeSeconds) {
        Heartbeat unsigned = new Heartbeat(key.address(), now.toEpochMilli(), now.getEpochSecond(), uptimeSeconds, "");
        return new Heartbeat(key.address(), unsigned.seq(), unsigned.time(), unsigned.uptime(),
                Hex.encode(key.sign(Eip191.hash(unsigned.signedText()))));
    }
}
