package io.outpost.devices.emulate;

import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.util.Arrays;

/**
 * Replays a capture, over and over, at the speed of the line: a GNSS log, a file of P1 telegrams, raw
 * SDS011 frames. What the host writes is read and ignored, as a listen-only device would.
 */
public final class ReplayEmulator implements Emulator {
    private final byte[] capture;
    private final Pacer pacer;
    private volatile boolean running = true;

    public ReplayEmulator(byte[] capture, LineSettings settings) {
        if (capture.length == 0) {
            throw new IllegalArgumentException("Nothing to replay: the capture is empty");
        }
        this.capture = capture.clone();
        this.pacer = new Pacer(settings);
    }

    @Override
    public void serve(SerialLink link) {
        byte[] ignored = new byte[4096];
        int slice = pacer.bytesPerSlice();
        try {
            while (running) {
                for (int at = 0; at < capture.length && running; at += slice) {
                    pacer.write(link, Arrays.copyOfRange(capture, at, Math.min(capture.length, at + slice)), ignored);
                }
            }
        } catch (IOException e) {
            // The link is gone: a device whose cable was pulled just stops talking.
        }
    }

    @Override
    public void stop() {
        running = false;
    }
}
