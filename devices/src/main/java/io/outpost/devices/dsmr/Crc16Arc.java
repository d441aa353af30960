package io.outpost.devices.dsmr;

/** CRC-16/ARC, the DSMR telegram checksum: polynomial 0x8005 reflected (0xA001), initial 0, no final XOR. */
final class Crc16Arc {
    private static final int[] TABLE = table();

    private Crc16Arc() {
    }

    static int of(byte[] data, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int crc = n;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            table[n] = crc;
        }
        return table;
    }
}
