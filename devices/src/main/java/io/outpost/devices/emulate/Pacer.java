package io.outpost.devices.emulate;

import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;

/** Writes bytes no faster than the line would carry them, so an emulator behaves like the real device. */
final class Pacer {
    private final double bytesPerSecond;

    Pacer(LineSettings settings) {
        this.bytesPerSecond = settings.bytesPerSecond();
    }

    void write(SerialLink link, byte[] data) throws IOException {
        link.write(data);
        long nanos = (long) (data.length / bytesPerSecond * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("emulator interrupted", e);
        }
    }
}
