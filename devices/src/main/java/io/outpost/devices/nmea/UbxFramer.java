package io.outpost.devices.nmea;

import java.util.Arrays;

/** Collects one UBX frame: sync B5 62, class, id, payload length (little endian), payload, ck_a, ck_b. */
final class UbxFramer {
    static final byte SYNC_1 = (byte) 0xB5;
    static final byte SYNC_2 = 0x62;
    static final int HEADER = 6;
    /**
     * Above every message u-blox documents (RXM-RAWX with 255 measurements has 8,176 bytes; the F9P capture
     * has a 1,208-byte NAV-SIG), so only a corrupted length is oversized.
     */
    static final int MAX_PAYLOAD = 8192;
    private static final int CHECKSUM = 2;

    enum Step { MORE, COMPLETE, NOT_A_FRAME, OVERSIZED, CORRUPT }

    private byte[] bytes = new byte[256];
    private int length;

    void start() {
        bytes[0] = SYNC_1;
        length = 1;
    }

    Step add(byte b) {
        bytes[length++] = b;
        if (length == 2) {
            return b == SYNC_2 ? Step.MORE : Step.NOT_A_FRAME;
        }
        if (length < HEADER) {
            return Step.MORE;
        }
        if (payloadLength() > MAX_PAYLOAD) {
            return Step.OVERSIZED;
        }
        int total = HEADER + payloadLength() + CHECKSUM;
        if (bytes.length < total) {
            bytes = Arrays.copyOf(bytes, total);
        }
        if (length < total) {
            return Step.MORE;
        }
        int expected = (bytes[total - 2] & 0xFF) | (bytes[total - 1] & 0xFF) << 8;
        return Checksums.ubx(bytes, 2, total - CHECKSUM) == expected ? Step.COMPLETE : Step.CORRUPT;
    }

    UbxFrame decode() {
        return UbxDecoder.decode(bytes[2] & 0xFF, bytes[3] & 0xFF, bytes, HEADER, payloadLength());
    }

    /** The buffer holding the frame in its first {@link #length()} bytes. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The bytes after the first sync byte, where a frame this false start swallowed may begin. */
    byte[] afterStart() {
        return Arrays.copyOfRange(bytes, 1, length);
    }

    private int payloadLength() {
        return (bytes[4] & 0xFF) | (bytes[5] & 0xFF) << 8;
    }
}
