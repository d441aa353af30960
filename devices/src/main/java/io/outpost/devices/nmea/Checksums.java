package io.outpost.devices.nmea;

/** The two checksums of the stream. */
final class Checksums {
    private Checksums() {
    }

    /** NMEA: XOR of the bytes between {@code $} and {@code *}. */
    static int nmea(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum ^= bytes[i];
        }
        return sum & 0xFF;
    }

    /** UBX: 8-bit Fletcher over class, id, length and payload; {@code ck_a} in the low byte, {@code ck_b} above. */
    static int ubx(byte[] bytes, int from, int to) {
        int a = 0;
        int b = 0;
        for (int i = from; i < to; i++) {
            a = (a + (bytes[i] & 0xFF)) & 0xFF;
            b = (b + a) & 0xFF;
        }
        return a | b << 8;
    }
}
