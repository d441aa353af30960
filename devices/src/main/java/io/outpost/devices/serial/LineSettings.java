package io.outpost.devices.serial;

/**
 * How to talk on a serial line. {@code holdControlLinesLow} keeps DTR and RTS low from the moment the
 * port opens: many ESP32 boards reset, or enter their boot loader, when those lines toggle.
 */
public record LineSettings(int baudRate, int dataBits, Parity parity, int stopBits, boolean holdControlLinesLow) {
    public enum Parity { NONE, EVEN, ODD }

    public LineSettings {
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8: " + dataBits);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2: " + stopBits);
        }
    }

    /** 8 data bits, no parity, 1 stop bit: what nearly every device uses. */
    public static LineSettings eightNOne(int baudRate) {
        return new LineSettings(baudRate, 8, Parity.NONE, 1, false);
    }

    public LineSettings withControlLinesLow() {
        return new LineSettings(baudRate, dataBits, parity, stopBits, true);
    }

    /** Bytes per second on the wire (start, data, parity and stop bits per byte). */
    public double bytesPerSecond() {
        int bitsPerByte = 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
        return (double) baudRate / bitsPerByte;
    }
}
