package io.outpost.devices.sds011;

import io.outpost.devices.sds011.Sds011Reply.Access;
import io.outpost.devices.sds011.Sds011Reply.DeviceIdReply;
import io.outpost.devices.sds011.Sds011Reply.FirmwareReply;
import io.outpost.devices.sds011.Sds011Reply.ReportingModeReply;
import io.outpost.devices.sds011.Sds011Reply.WorkStateReply;
import io.outpost.devices.sds011.Sds011Reply.WorkingPeriodReply;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SDS011 wire format (Nova Fitness "Laser Dust Sensor Control Protocol" V1.3). A sensor frame is
 * {@code AA cmd D1..D6 sum AB}, where {@code sum} is the low byte of D1+..+D6 and D5 D6 the device id.
 */
final class Sds011Codec {
    static final int HEAD = 0xAA;
    static final int TAIL = 0xAB;
    static final int MEASUREMENT = 0xC0;
    static final int REPLY = 0xC5;
    static final int COMMAND = 0xB4;
    static final int FRAME_LENGTH = 10;

    static final int CMD_REPORTING_MODE = 0x02;
    static final int CMD_QUERY_DATA = 0x04;
    static final int CMD_DEVICE_ID = 0x05;
    static final int CMD_WORK_STATE = 0x06;
    static final int CMD_FIRMWARE = 0x07;
    static final int CMD_WORKING_PERIOD = 0x08;
    static final int MAX_PERIOD_MINUTES = 30;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Sds011Codec() {
    }

    /** The low byte of the sum of {@code bytes[from..to)}. */
    static int checksum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFF;
    }

    /** Whether ten bytes end with the tail, {@link #TAIL}. */
    static boolean hasTail(byte[] frame) {
        return (frame[9] & 0xFF) == TAIL;
    }

    /** Whether ten bytes carry the checksum of their six data bytes. */
    static boolean checksumValid(byte[] frame) {
        return checksum(frame, 2, 8) == (frame[8] & 0xFF);
    }

    /** The frame in a framed, checksum-valid ten bytes, or empty for an unknown command or invalid values. */
    static Optional<Sds011Frame> decode(byte[] frame) {
        String id = HEX.toHexDigits((short) word(frame[7], frame[6]));
        if ((frame[1] & 0xFF) == MEASUREMENT) {
            return Optional.of(new Sds011Measurement(word(frame[2], frame[3]), word(frame[4], frame[5]), id));
        }
        return Optional.ofNullable(reply(frame[2] & 0xFF, frame[3] & 0xFF, frame[4] & 0xFF, frame[5] & 0xFF, id));
    }

    // Reserved bytes are ignored, so a sensor that fills them in still gets through.
    private static Sds011Reply reply(int command, int d2, int d3, int d4, String id) {
        Access access = switch (d2) {
            case 0 -> Access.QUERY;
            case 1 -> Access.SET;
            default -> null;
        };
        return switch (command) {
            case CMD_REPORTING_MODE -> access != null && d3 <= 1
                    ? new ReportingModeReply(access, ReportingMode.values()[d3], id) : null;
            case CMD_DEVICE_ID -> new DeviceIdReply(id);
            case CMD_WORK_STATE -> access != null && d3 <= 1
                    ? new WorkStateReply(access, WorkState.values()[d3], id) : null;
            case CMD_FIRMWARE -> firmware(d2, d3, d4, id);
            case CMD_WORKING_PERIOD -> access != null && d3 <= MAX_PERIOD_MINUTES
                    ? new WorkingPeriodReply(access, d3, id) : null;
            default -> null;
        };
    }

    private static FirmwareReply firmware(int year, int month, int day, String id) {
        if (year > 99) {
            return null;
        }
        try {
            return new FirmwareReply(LocalDate.of(2000 + year, month, day), id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static byte[] encode(Sds011Frame frame) {
        int[] data = switch (frame) {
            case Sds011Measurement m ->
                new int[] {m.pm25Tenths(), m.pm25Tenths() >> 8, m.pm10Tenths(), m.pm10Tenths() >> 8};
            case ReportingModeReply r -> new int[] {CMD_REPORTING_MODE, flag(r.access()), r.mode().ordinal(), 0};
            case DeviceIdReply _ -> new int[] {CMD_DEVICE_ID, 0, 0, 0};
            case WorkStateReply r -> new int[] {CMD_WORK_STATE, flag(r.access()), r.state().ordinal(), 0};
            case FirmwareReply r -> new int[] {CMD_FIRMWARE, r.firmwareDate().getYear() - 2000,
                r.firmwareDate().getMonthValue(), r.firmwareDate().getDayOfMonth()};
            case WorkingPeriodReply r -> new int[] {CMD_WORKING_PERIOD, flag(r.access()), r.minutes(), 0};
        };
        int id = idValue(frame.deviceId());
        int command = frame instanceof Sds011Measurement ? MEASUREMENT : REPLY;
        byte[] bytes = {(byte) HEAD, (byte) command, (byte) data[0], (byte) data[1], (byte) data[2], (byte) data[3],
            (byte) (id >> 8), (byte) id, 0, (byte) TAIL};
        bytes[8] = (byte) checksum(bytes, 2, 8);
        return bytes;
    }

    private static int flag(Access access) {
        return access == Access.SET ? 1 : 0;
    }

    private static int word(byte low, byte high) {
        return (high & 0xFF) << 8 | (low & 0xFF);
    }

    /** A device id as four upper-case hex digits; accepts either case. */
    static String normalizeId(String deviceId) {
        return HEX.toHexDigits((short) idValue(deviceId));
    }

    /** The 16-bit value of a device id given as four hex digits. */
    static int idValue(String deviceId) {
        if (deviceId == null || deviceId.length() != 4) {
            throw new IllegalArgumentException("a device id is four hex digits, not " + deviceId);
        }
        try {
            return HexFormat.fromHexDigits(deviceId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a device id is four hex digits, not " + deviceId, e);
        }
    }

    static void requireWord(int value, String name) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(name + " outside 0..65535: " + value);
        }
    }

    static void requirePeriod(int minutes) {
        if (minutes < 0 || minutes > MAX_PERIOD_MINUTES) {
            throw new IllegalArgumentException("working period outside 0..30 minutes: " + minutes);
        }
    }
}
