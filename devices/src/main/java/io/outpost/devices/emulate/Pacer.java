package io.outpost.devices.emulate;

import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;

/**
 * Writes no faster than the line would carry the bytes, in slices of a tenth of a second. It waits by
 * reading (and so drains what the host sends): serial read timeouts are counted in tenths of a second on
 * POSIX systems, so finer slices would run far slower than the line.
 */
final class Pacer {
    static final int SLICE_MILLIS = 100;

    private final int bytesPerSlice;

    Pacer(LineSettings settings) {
        this.bytesPerSlice = Math.max(1, (int) (settings.bytesPerSecond() * SLICE_MILLIS / 1000));
    }

    int bytesPerSlice() {
        return bytesPerSlice;
    }

    /** Writes {@code data} (at most one slice) and waits out the rest of the slice. */
    void write(SerialLink link, byte[] data, byte[] drain) throws IOException {
        long end = System.nanoTime() + SLICE_MILLIS * 1_000_000L;
        link.write(data);
        long left;
        while ((left = (end - System.nanoTime()) / 1_000_000L) > 0) {
            link.read(drain, (int) left);
        }
    }
}
