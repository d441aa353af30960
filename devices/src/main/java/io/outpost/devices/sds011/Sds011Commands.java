package io.outpost.devices.sds011;

import static io.outpost.devices.sds011.Sds011Codec.CMD_DEVICE_ID;
import static io.outpost.devices.sds011.Sds011Codec.CMD_FIRMWARE;
import static io.outpost.devices.sds011.Sds011Codec.CMD_QUERY_DATA;
import static io.outpost.devices.sds011.Sds011Codec.CMD_REPORTING_MODE;
import static io.outpost.devices.sds011.Sds011Codec.CMD_WORKING_PERIOD;
import static io.outpost.devices.sds011.Sds011Codec.CMD_WORK_STATE;

/**
 * The host's commands to an SDS011, as the nineteen bytes to write: {@code AA B4 D1..D13 id id sum AB}, where
 * {@code sum} is the low byte of D1..D13 plus both id bytes. Each command goes to one sensor id, or to
 * {@code FFFF}, which every sensor obeys. The protocol has no command that only asks for the id: every
 * reply carries it, so {@link #queryFirmwareVersion()} or {@link #queryReportingMode()} sent to all sensors
 * is how to learn it.
 */
public final class Sds011Commands {
    public static final String ALL_SENSORS = "FFFF";

    private static final int LENGTH = 19;
    private static final int QUERY = 0;
    private static final int SET = 1;

    private final int deviceId;

    private Sds011Commands(int deviceId) {
        this.deviceId = deviceId;
    }

    /** Commands every sensor on the line obeys (device id {@code FFFF}). */
    public static Sds011Commands allSensors() {
        return forDevice(ALL_SENSORS);
    }

    /** Commands for the sensor with this id, four hex digits such as {@code "A160"}. */
    public static Sds011Commands forDevice(String deviceId) {
        return new Sds011Commands(Sds011Codec.idValue(deviceId));
    }

    /** Asks for a measurement; the sensor answers with a measurement frame. */
    public byte[] queryData() {
        return command(CMD_QUERY_DATA, 0, 0);
    }

    public byte[] queryReportingMode() {
        return command(CMD_REPORTING_MODE, QUERY, 0);
    }

    public byte[] setReportingMode(ReportingMode mode) {
        return command(CMD_REPORTING_MODE, SET, mode.ordinal());
    }

    /**
     * Gives the addressed sensor a new id.
     *
     * @throws IllegalArgumentException unless {@code newId} is four hex digits other than {@code FFFF}
     */
    public byte[] setDeviceId(String newId) {
        int id = Sds011Codec.idValue(newId);
        if (id == 0xFFFF) {
            throw new IllegalArgumentException("FFFF addresses all sensors; it cannot be one sensor's id");
        }
        byte[] frame = command(CMD_DEVICE_ID, 0, 0);
        frame[13] = (byte) (id >> 8);
        frame[14] = (byte) id;
        return withChecksum(frame);
    }

    public byte[] queryWorkState() {
        return command(CMD_WORK_STATE, QUERY, 0);
    }

    public byte[] setWorkState(WorkState state) {
        return command(CMD_WORK_STATE, SET, state.ordinal());
    }

    /** Asks for the firmware version, which the sensor gives as a date. */
    public byte[] queryFirmwareVersion() {
        return command(CMD_FIRMWARE, 0, 0);
    }

    public byte[] queryWorkingPeriod() {
        return command(CMD_WORKING_PERIOD, QUERY, 0);
    }

    /**
     * Sets the working period: 0 measures continuously; 1..30 works 30 seconds, then sleeps for the rest of
     * that many minutes.
     *
     * @throws IllegalArgumentException for minutes outside 0..30
     */
    public byte[] setWorkingPeriod(int minutes) {
        Sds011Codec.requirePeriod(minutes);
        return command(CMD_WORKING_PERIOD, SET, minutes);
    }

    private byte[] command(int commandId, int d2, int d3) {
        byte[] frame = new byte[LENGTH];
        frame[0] = (byte) Sds011Codec.HEAD;
        frame[1] = (byte) Sds011Codec.COMMAND;
        frame[2] = (byte) commandId;
        frame[3] = (byte) d2;
        frame[4] = (byte) d3;
        frame[15] = (byte) (deviceId >> 8);
        frame[16] = (byte) deviceId;
        frame[18] = (byte) Sds011Codec.TAIL;
        return withChecksum(frame);
    }

    private static byte[] withChecksum(byte[] frame) {
        frame[17] = (byte) Sds011Codec.checksum(frame, 2, 17);
        return frame;
    }
}
