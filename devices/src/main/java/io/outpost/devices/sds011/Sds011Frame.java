package io.outpost.devices.sds011;

/**
 * A frame an SDS011 sends: a measurement or a reply to a command. Every frame carries the sending sensor's
 * id as four upper-case hex digits, e.g. {@code "A160"}.
 */
public sealed interface Sds011Frame permits Sds011Measurement, Sds011Reply {
    String deviceId();

    /** The ten bytes the sensor sends for this frame, checksum included: what the parser turns back into it. */
    default byte[] toBytes() {
        return Sds011Codec.encode(this);
    }
}
