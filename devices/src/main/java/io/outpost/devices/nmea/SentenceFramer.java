package io.outpost.devices.nmea;

/**
 * Collects one NMEA sentence from its {@code $} to its line end. Until its address (three or more of A-Z and
 * 0-9) is followed by {@code ,} or {@code *}, a {@code $} is only a candidate: binary data is full of them.
 */
final class SentenceFramer {
    /** {@code $} through {@code *HH}. NMEA allows 82 bytes with the line end; high-precision receivers exceed it. */
    static final int MAX_LENGTH = 128;
    private static final int MIN_ADDRESS = 3;
    private static final int CHECKSUM = 3;

    enum Step { MORE, END, INTERRUPTED, OVERSIZED }

    private final byte[] bytes = new byte[MAX_LENGTH];
    private int length;
    private boolean addressed;

    void start() {
        bytes[0] = '$';
        length = 1;
        addressed = false;
    }

    /** END at a line end; INTERRUPTED by a byte that cannot be in a sentence, which the caller scans again. */
    Step add(byte b) {
        if (b == '\r' || b == '\n') {
            return Step.END;
        }
        if (b == '$' || !printable(b) || !addressed && !extendsAddress(b)) {
            return Step.INTERRUPTED;
        }
        if (length == MAX_LENGTH) {
            return Step.OVERSIZED;
        }
        bytes[length++] = b;
        return Step.MORE;
    }

    /** Whether the bytes so far are a sentence, so that losing them is corruption rather than skipped noise. */
    boolean addressed() {
        return addressed;
    }

    int length() {
        return length;
    }

    /** Whether the sentence ends in {@code *HH}, its only {@code *}, with HH the XOR of the bytes before. */
    boolean valid() {
        int star = checksumStart();
        if (star < 1 || bytes[star] != '*' || indexOfStar() != star) {
            return false;
        }
        int high = Character.digit(bytes[star + 1], 16);
        int low = Character.digit(bytes[star + 2], 16);
        return high >= 0 && low >= 0 && (high << 4 | low) == Checksums.nmea(bytes, 1, star);
    }

    NmeaSentence decode() {
        return SentenceDecoder.decode(bytes, 1, checksumStart());
    }

    /** The buffer holding {@code $} through the checksum in its first {@link #length()} bytes. */
    byte[] bytes() {
        return bytes;
    }

    /** Printable ASCII, the only bytes a sentence holds; a byte with the top bit set is negative. */
    static boolean printable(byte b) {
        return b >= 0x20 && b < 0x7F;
    }

    /** An address byte, or the , or * that completes an address long enough. */
    private boolean extendsAddress(byte b) {
        if (b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
            return true;
        }
        addressed = (b == ',' || b == '*') && length > MIN_ADDRESS;
        return addressed;
    }

    private int checksumStart() {
        return length - CHECKSUM;
    }

    private int indexOfStar() {
        for (int i = 1; i < length; i++) {
            if (bytes[i] == '*') {
                return i;
            }
        }
        return -1;
    }
}
