package io.outpost.crypto;

import java.util.HexFormat;
import java.util.Optional;

/** Bytes written the Ethereum way: {@code 0x} and hex digits. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    /** {@code 0x} and two lowercase hex digits per byte. */
    public static String encode(byte[] bytes) {
        return "0x" + LOWER.formatHex(bytes);
    }

    /** The bytes of {@code 0x} and an even number of hex digits in either case; empty for anything else. */
    public static Optional<byte[]> decode(String text) {
        if (text == null || !text.startsWith("0x") || text.length() % 2 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LOWER.parseHex(text, 2, text.length()));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
    }

    /** As {@link #decode(String)}, and only if the text holds exactly {@code length} bytes. */
    public static Optional<byte[]> decode(String text, int length) {
        return decode(text).filter(bytes -> bytes.length == length);
    }
}
