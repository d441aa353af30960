package io.outpost.wallet.tx;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Recursive Length Prefix encoding, as Ethereum serialises transactions: byte strings and lists of them. */
final class Rlp {
    private Rlp() {
    }

    /** A byte string. */
    static byte[] bytes(byte[] value) {
        if (value.length == 1 && (value[0] & 0xff) < 0x80) {
            return value.clone();
        }
        return concat(prefix(0x80, value.length), value);
    }

    /** A non-negative integer: big-endian, no leading zeros (zero is the empty string). */
    static byte[] integer(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("RLP integers are never negative");
        }
        if (value.signum() == 0) {
            return bytes(new byte[0]);
        }
        byte[] raw = value.toByteArray();
        return bytes(raw[0] == 0 ? Arrays.copyOfRange(raw, 1, raw.length) : raw);
    }

    static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    /** A list of already encoded items. */
    static byte[] list(List<byte[]> encodedItems) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        encodedItems.forEach(payload::writeBytes);
        return concat(prefix(0xc0, payload.size()), payload.toByteArray());
    }

    private static byte[] prefix(int offset, int length) {
        if (length < 56) {
            return new byte[] {(byte) (offset + length)};
        }
        byte[] size = BigInteger.valueOf(length).toByteArray();
        if (size[0] == 0) {
            size = Arrays.copyOfRange(size, 1, size.length);
        }
        return concat(new byte[] {(byte) (offset + 55 + size.length)}, size);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
