package io.outpost.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** An open jSerialComm port. jSerialComm reports a vanished port as a negative byte count. */
final class JSerialCommLink implements SerialLink {
    private final String path;
    private final SerialPort port;
    private int currentTimeout = -1;

    JSerialCommLink(String path, SerialPort port) {
        this.path = path;
        this.port = port;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        int timeout = Math.max(1, timeoutMillis);
        if (timeout != currentTimeout) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, timeout, 0);
            currentTimeout = timeout;
        }
        int read = port.readBytes(buffer, buffer.length);
        if (read < 0 || !port.isOpen()) {
            throw new IOException(path + " is gone");
        }
        return read;
    }

    @Override
    public void write(byte[] data) throws IOException {
        int written = 0;
        while (written < data.length) {
            int n = port.writeBytes(data, data.length - written, written);
            if (n <= 0) {
                throw new IOException(path + " is gone");
            }
            written += n;
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
