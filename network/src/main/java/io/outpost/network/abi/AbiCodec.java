package io.outpost.network.abi;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Solidity ABI encoding (head and tail, 32-byte words) of the {@link AbiType}s. Java values: address as
 * {@code String} (decoded lower-case), uintN as {@code BigInteger} (encoding also takes {@code Long} and
 * {@code Integer}), bool as {@code Boolean}, bytesN and bytes as {@code byte[]}, string as {@code String},
 * arrays and tuples as {@code List}. Decoding checks every offset and length against the data, so a
 * malicious or broken node's answer is an {@link IllegalArgumentException}, never a huge allocation.
 */
public final class AbiCodec {
    private static final int WORD = 32;

    private AbiCodec() {
    }

    public static byte[] encode(List<AbiType> types, List<?> values) {
        if (types.size() != values.size()) {
            throw new IllegalArgumentException("expected " + types.size() + " values, got " + values.size());
        }
        int headSize = types.stream().mapToInt(AbiType::headSize).sum();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        for (int i = 0; i < types.size(); i++) {
            AbiType type = types.get(i);
            byte[] encoded = encode(type, values.get(i), i);
            if (type.dynamic()) {
                head.writeBytes(word(BigInteger.valueOf(headSize + tail.size())));
                tail.writeBytes(encoded);
            } else {
                head.writeBytes(encoded);
            }
        }
        head.writeBytes(tail.toByteArray());
        return head.toByteArray();
    }

    public static List<Object> decode(List<AbiType> types, byte[] data) {
        return decode(types, data, 0);
    }

    private static byte[] encode(AbiType type, Object value, int index) {
        return switch (type) {
            case AbiType.Address _ -> word(new BigInteger(1, Hex.decode(Hex.address(as(String.class, value, type, index)))));
            case AbiType.Bool _ -> word(as(Boolean.class, value, type, index) ? BigInteger.ONE : BigInteger.ZERO);
            case AbiType.Uint uint -> word(unsigned(value, uint, index));
            case AbiType.FixedBytes fixed -> fixedBytes(as(byte[].class, value, type, index), fixed, index);
            case AbiType.Bytes _ -> bytes(as(byte[].class, value, type, index));
            case AbiType.Text _ -> bytes(as(String.class, value, type, index).getBytes(StandardCharsets.UTF_8));
            case AbiType.Array array -> {
                List<?> items = as(List.class, value, type, index);
                byte[] elements = encode(Collections.nCopies(items.size(), array.element()), items);
                yield concat(word(BigInteger.valueOf(items.size())), elements);
            }
            case AbiType.Tuple tuple -> encode(tuple.components(), as(List.class, value, type, index));
        };
    }

    private static List<Object> decode(List<AbiType> types, byte[] data, int base) {
        List<Object> values = new ArrayList<>(types.size());
        int position = base;
        for (AbiType type : types) {
            values.add(type.dynamic() ? decode(type, data, base + offset(data, position)) : decode(type, data, position));
            position += type.headSize();
        }
        return values;
    }

    private static Object decode(AbiType type, byte[] data, int at) {
        return switch (type) {
            case AbiType.Address _ -> Hex.encode(Arrays.copyOfRange(word(data, at, 160), 12, WORD));
            case AbiType.Bool _ -> new BigInteger(1, word(data, at, 1)).equals(BigInteger.ONE);
            case AbiType.Uint uint -> new BigInteger(1, word(data, at, uint.bits()));
            case AbiType.FixedBytes fixed -> Arrays.copyOfRange(word(data, at, 256), 0, fixed.size());
            case AbiType.Bytes _ -> Arrays.copyOfRange(data, at + WORD, at + WORD + length(data, at, 1));
            case AbiType.Text _ -> new String(Arrays.copyOfRange(data, at + WORD, at + WORD + length(data, at, 1)),
                    StandardCharsets.UTF_8);
            case AbiType.Array array -> {
                int count = length(data, at, array.element().headSize());
                yield decode(Collections.nCopies(count, array.element()), data, at + WORD);
            }
            case AbiType.Tuple tuple -> decode(tuple.components(), data, at);
        };
    }

    /** The word at {@code at}, which must hold a value of at most {@code bits} bits. */
    private static byte[] word(byte[] data, int at, int bits) {
        if (at < 0 || at + WORD > data.length) {
            throw new IllegalArgumentException("ABI data ends at byte " + data.length + ", a value was expected at " + at);
        }
        byte[] word = Arrays.copyOfRange(data, at, at + WORD);
        if (new BigInteger(1, word).bitLength() > bits) {
            throw new IllegalArgumentException("ABI value at byte " + at + " does not fit in " + bits + " bits");
        }
        return word;
    }

    private static int offset(byte[] data, int at) {
        BigInteger offset = new BigInteger(1, word(data, at, 256));
        if (offset.compareTo(BigInteger.valueOf(data.length)) >= 0) {
            throw new IllegalArgumentException("ABI offset at byte " + at + " points past the data");
        }
        return offset.intValueExact();
    }

    /** A length word at {@code at}, for items of {@code itemSize} bytes that must fit in the rest of the data. */
    private static int length(byte[] data, int at, int itemSize) {
        BigInteger length = new BigInteger(1, word(data, at, 256));
        long room = data.length - (long) at - WORD;
        if (length.compareTo(BigInteger.valueOf(room / itemSize)) > 0) {
            throw new IllegalArgumentException("ABI length at byte " + at + " is longer than the data");
        }
        return length.intValueExact();
    }

    private static BigInteger unsigned(Object value, AbiType.Uint type, int index) {
        BigInteger number = switch (value) {
            case BigInteger big -> big;
            case Long l -> BigInteger.valueOf(l);
            case Integer i -> BigInteger.valueOf(i);
            case null, default -> throw mismatch(value, type, index);
        };
        if (number.signum() < 0 || number.bitLength() > type.bits()) {
            throw new IllegalArgumentException("argument " + index + " (" + type.canonical() + "): out of range: " + number);
        }
        return number;
    }

    private static byte[] fixedBytes(byte[] value, AbiType.FixedBytes type, int index) {
        if (value.length != type.size()) {
            throw new IllegalArgumentException("argument " + index + " (" + type.canonical() + "): " + value.length + " bytes");
        }
        return Arrays.copyOf(value, WORD);
    }

    private static byte[] bytes(byte[] value) {
        int padded = (value.length + WORD - 1) / WORD * WORD;
        return concat(word(BigInteger.valueOf(value.length)), Arrays.copyOf(value, padded));
    }

    private static byte[] word(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] word = new byte[WORD];
        int length = Math.min(raw.length, WORD);
        System.arraycopy(raw, raw.length - length, word, WORD - length, length);
        return word;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static <T> T as(Class<T> kind, Object value, AbiType type, int index) {
        if (!kind.isInstance(value)) {
            throw mismatch(value, type, index);
        }
        return kind.cast(value);
    }

    private static IllegalArgumentException mismatch(Object value, AbiType type, int index) {
        return new IllegalArgumentException("argument " + index + " (" + type.canonical() + "): cannot encode "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
