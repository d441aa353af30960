package io.outpost.network.abi;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;

/** 0x-prefixed hex as JSON-RPC writes it: byte strings (DATA) and numbers (QUANTITY). */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /** The bytes of {@code 0x…} with an even number of hex digits. */
    public static byte[] decode(String text) {
        if (text == null || !text.startsWith("0x") || text.length() % 2 != 0) {
            throw new IllegalArgumentException("not 0x-prefixed hex bytes: " + abbreviate(text));
        }
        try {
            return HEX.parseHex(text, 2, text.length());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not 0x-prefixed hex bytes: " + abbreviate(text), e);
        }
    }

    /** A JSON-RPC quantity: {@code 0x} and at least one hex digit, no sign. */
    public static BigInteger quantity(String text) {
        if (text == null || !text.matches("0x[0-9a-fA-F]{1,64}")) {
            throw new IllegalArgumentException("not a 0x-prefixed hex quantity: " + abbreviate(text));
        }
        return new BigInteger(text.substring(2), 16);
    }

    /** An address as this project writes them: 0x and 40 lower-case hex digits. */
    public static String address(String text) {
        if (text == null || !text.matches("0x[0-9a-fA-F]{40}")) {
            throw new IllegalArgumentException("not an address (0x and 40 hex digits): " + abbreviate(text));
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 80 ? String.valueOf(text) : text.substring(0, 77) + "…";
    }
}
