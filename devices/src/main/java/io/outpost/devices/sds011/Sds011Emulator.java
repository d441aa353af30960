package io.outpost.devices.sds011;

import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * An SDS011 in software: in active mode it reports PM2.5 and PM10 once a second (a slow random walk around
 * city-air values), and it answers the host's commands for data, firmware, reporting mode, sleep and the
 * working period as the real sensor does.
 */
public final class Sds011Emulator implements Emulator {
    private static final int COMMAND_LENGTH = 19;
    private static final int REPORT_MILLIS = 1000;

    private final String deviceId;
    private final LocalDate firmware;
    private final SplittableRandom random;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile boolean running = true;
    private ReportingMode mode = ReportingMode.ACTIVE;
    private WorkState state = WorkState.WORK;
    private int periodMinutes;
    private int pm25Tenths = 120;
    private int pm10Tenths = 240;

    public Sds011Emulator(String deviceId, LocalDate firmware, long seed) {
        this.deviceId = Sds011Codec.normalizeId(deviceId);
        this.firmware = firmware;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void serve(SerialLink link) {
        byte[] buffer = new byte[256];
        long nextReport = System.nanoTime();
        try {
            while (running) {
                int n = link.read(buffer, 50);
                for (int i = 0; i < n; i++) {
                    accept(link, buffer[i]);
                }
                if (mode == ReportingMode.ACTIVE && state == WorkState.WORK && System.nanoTime() >= nextReport) {
                    link.write(measure().toBytes());
                    nextReport = System.nanoTime() + REPORT_MILLIS * 1_000_000L;
                }
            }
        } catch (IOException e) {
            // The host closed the port or the pty went away: the sensor falls silent.
        }
    }

    private void accept(SerialLink link, byte b) throws IOException {
        if (pending.size() == 0 && (b & 0xFF) != Sds011Codec.HEAD) {
            return;
        }
        pending.write(b);
        if (pending.size() < COMMAND_LENGTH) {
            return;
        }
        byte[] command = pending.toByteArray();
        pending.reset();
        boolean valid = (command[1] & 0xFF) == Sds011Codec.COMMAND && (command[18] & 0xFF) == Sds011Codec.TAIL
                && Sds011Codec.checksum(command, 2, 17) == (command[17] & 0xFF);
        if (valid && addressedToMe(command)) {
            byte[] reply = answer(command);
            if (reply.length > 0) {
                link.write(reply);
            }
        }
    }

    private boolean addressedToMe(byte[] command) {
        int target = ((command[15] & 0xFF) << 8) | (command[16] & 0xFF);
        return target == 0xFFFF || target == Sds011Codec.idValue(deviceId);
    }

    private byte[] answer(byte[] command) {
        boolean set = command[3] == 1;
        Sds011Reply.Access access = set ? Sds011Reply.Access.SET : Sds011Reply.Access.QUERY;
        int value = command[4] & 0xFF;
        return switch (command[2] & 0xFF) {
            case Sds011Codec.CMD_QUERY_DATA -> measure().toBytes();
            case Sds011Codec.CMD_FIRMWARE -> new Sds011Reply.FirmwareReply(firmware, deviceId).toBytes();
            case Sds011Codec.CMD_REPORTING_MODE -> {
                mode = set ? (value == 1 ? ReportingMode.QUERY : ReportingMode.ACTIVE) : mode;
                yield new Sds011Reply.ReportingModeReply(access, mode, deviceId).toBytes();
            }
            case Sds011Codec.CMD_WORK_STATE -> {
                state = set ? (value == 1 ? WorkState.WORK : WorkState.SLEEP) : state;
                yield new Sds011Reply.WorkStateReply(access, state, deviceId).toBytes();
            }
            case Sds011Codec.CMD_WORKING_PERIOD -> {
                periodMinutes = set ? Math.min(value, Sds011Codec.MAX_PERIOD_MINUTES) : periodMinutes;
                yield new Sds011Reply.WorkingPeriodReply(access, periodMinutes, deviceId).toBytes();
            }
            default -> new byte[0];
        };
    }

    private Sds011Measurement measure() {
        pm25Tenths = Math.clamp(pm25Tenths + random.nextInt(-15, 16), 20, 2500);
        pm10Tenths = Math.clamp(Math.max(pm25Tenths, pm10Tenths + random.nextInt(-20, 21)), 30, 4000);
        return new Sds011Measurement(pm25Tenths, pm10Tenths, deviceId);
    }

    @Override
    public void stop() {
        running = false;
    }
}
