package io.outpost.devices.sds011;

import java.time.LocalDate;
import java.util.Objects;

/** A reply (command C5) to one of the host's commands; {@code deviceId} is the replying sensor's id. */
public sealed interface Sds011Reply extends Sds011Frame {
    /** Whether the reply answers a query or confirms a change. */
    enum Access { QUERY, SET }

    record ReportingModeReply(Access access, ReportingMode mode, String deviceId) implements Sds011Reply {
        public ReportingModeReply {
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(mode, "mode");
            deviceId = Sds011Codec.normalizeId(deviceId);
        }
    }

    /** Confirms a new device id; {@code deviceId} is the new one. */
    record DeviceIdReply(String deviceId) implements Sds011Reply {
        public DeviceIdReply {
            deviceId = Sds011Codec.normalizeId(deviceId);
        }
    }

    record WorkStateReply(Access access, WorkState state, String deviceId) implements Sds011Reply {
        public WorkStateReply {
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(state, "state");
            deviceId = Sds011Codec.normalizeId(deviceId);
        }
    }

    /** The firmware version, which the sensor gives as a date; the year travels as two digits (20YY). */
    record FirmwareReply(LocalDate firmwareDate, String deviceId) implements Sds011Reply {
        public FirmwareReply {
            Objects.requireNonNull(firmwareDate, "firmwareDate");
            if (firmwareDate.getYear() < 2000 || firmwareDate.getYear() > 2099) {
                throw new IllegalArgumentException("firmware year outside 2000..2099: " + firmwareDate);
            }
            deviceId = Sds011Codec.normalizeId(deviceId);
        }
    }

    /** The working period: 0 measures continuously; 1..30 works 30 seconds, then sleeps out the rest of n minutes. */
    record WorkingPeriodReply(Access access, int minutes, String deviceId) implements Sds011Reply {
        public WorkingPeriodReply {
            Objects.requireNonNull(access, "access");
            Sds011Codec.requirePeriod(minutes);
            deviceId = Sds011Codec.normalizeId(deviceId);
        }
    }
}
