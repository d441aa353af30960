package io.outpost.crypto;

import java.nio.charset.StandardCharsets;

/** EIP-191 version 0x45, the hash that {@code personal_sign} signs. */
public final class Eip191 {
    private static final byte[] PREFIX = "\u0019Ethereum Signed Message:\n".getBytes(StandardCharsets.US_ASCII);

    private Eip191() {
    }

    /** keccak256("\x19Ethereum Signed Message:\n" + byte length in decimal + message), the message in UTF-8. */
    public static byte[] hash(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] length = Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII);
        return Keccak256.hash(PREFIX, length, bytes);
    }
}
