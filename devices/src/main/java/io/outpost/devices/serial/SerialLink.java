package io.outpost.devices.serial;

import java.io.IOException;

/** An open serial port. Reads wait at most the given time; a port that vanished reports it with an IOException. */
public interface SerialLink extends AutoCloseable {
    String path();

    /**
     * Reads what is there, waiting up to {@code timeoutMillis} for the first byte.
     *
     * @return the number of bytes read into {@code buffer}, 0 when nothing came in time
     * @throws IOException when the port is gone (unplugged) or closed
     */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    /** Writes all of {@code data}, or throws when the port is gone or closed. */
    void write(byte[] data) throws IOException;

    /** Closes the port; never blocks for long and never throws. */
    @Override
    void close();
}
