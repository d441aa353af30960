package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.crypto.Eip191;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code heartbeat} notification. Its fields are only claims until {@link #verify()} says the device
 * key signed them; the signature stays as received so that a malformed one is reported, not hidden.
 */
public record Heartbeat(DeviceAddress device, long seq, long time, long uptime, String signature) {
    public static final String METHOD = "heartbeat";

    public Heartbeat {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(signature, "signature");
        if (seq < 0 || time < 0 || uptime < 0) {
            throw new IllegalArgumentException("seq, time and uptime are never negative");
        }
    }

    /** The heartbeat in a notification; empty for another method or a missing, mistyped or negative field. */
    public static Optional<Heartbeat> from(OdpMessage.Notification notification) {
        if (!METHOD.equals(notification.method())) {
            return Optional.empty();
        }
        return Fields.parse(notification.params(), p -> new Heartbeat(new DeviceAddress(Fields.string(p, "device")),
                Fields.count(p, "seq"), Fields.count(p, "time"), Fields.count(p, "uptime"), Fields.string(p, "signature")));
    }

    /** The text the device signs with {@code personal_sign}: {@code outpost-heartbeat:<device>:<seq>:<time>}. */
    public String signedText() {
        return "outpost-heartbeat:" + device.value() + ":" + seq + ":" + time;
    }

    /** Whether the key of {@link #device()} signed this heartbeat's device, seq and time. */
    public Verification verify() {
        return Verification.check(Eip191.hash(signedText()), signature, device);
    }

    /** As {@link #verify()}, and the heartbeat must come from {@code expected}, the device identified on the port. */
    public Verification verifyFrom(DeviceAddress expected) {
        return device.equals(expected) ? verify() : Verification.WRONG_SIGNER;
    }
}
