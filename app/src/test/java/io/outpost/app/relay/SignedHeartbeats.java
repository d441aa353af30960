package io.outpost.app.relay;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.odp.OdpMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Heartbeat notifications as a device with {@code key} sends them, signed as ODP/1 says. */
public final class SignedHeartbeats {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DeviceKey key;

    public SignedHeartbeats(DeviceKey key) {
        this.key = key;
    }

    public OdpMessage.Notification heartbeat(long seq, long time) {
        String device = key.address().value();
        return notification(device, seq, time, Hex.encode(key.sign(Eip191.hash("outpost-heartbeat:" + device + ":" + seq + ":" + time))));
    }

    /** A heartbeat claiming {@code seq} whose signature covers another seq: what a forger or a bad copy sends. */
    public OdpMessage.Notification tampered(long seq, long time) {
        String device = key.address().value();
        return notification(device, seq, time, Hex.encode(key.sign(Eip191.hash("outpost-heartbeat:" + device + ":" + (seq + 1) + ":" + time))));
    }

    private static OdpMessage.Notification notification(String device, long seq, long time, String signature) {
        ObjectNode params = JSON.createObjectNode();
        params.put("device", device).put("seq", seq).put("time", time).put("uptime", 60).put("signature", signature);
        return new OdpMessage.Notification("heartbeat", params);
    }
}
