package io.outpost.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.util.BigIntegers;
import tools.jackson.databind.JsonNode;

/**
 * EIP-712 hashing of a typed-data object as {@code eth_signTypedData_v4} takes it ({@code types},
 * {@code primaryType}, {@code domain}, {@code message}). It covers structs (nested too), {@code address},
 * {@code bool}, {@code string}, {@code bytes}, {@code bytes1..32}, {@code uint8..256} and {@code int8..256};
 * arrays are not supported (ODP/1's {@code Onboard} has none). Integers may be JSON numbers or decimal
 * strings. Malformed or unsupported typed data raises {@link IllegalArgumentException}.
 */
public final class Eip712 {
    private static final byte[] PREFIX = {0x19, 0x01};
    private static final String DOMAIN_TYPE = "EIP712Domain";
    private static final Pattern INTEGER = Pattern.compile("(u?)int(\\d{1,3})");
    private static final Pattern FIXED_BYTES = Pattern.compile("bytes(\\d{1,2})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,78}");
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private Eip712() {
    }

    /** keccak256(0x19 0x01 || domainSeparator || hashStruct(message)): the hash a signer signs. */
    public static byte[] hash(JsonNode typedData) {
        JsonNode types = member(typedData, "types");
        byte[] domainSeparator = hashStruct(DOMAIN_TYPE, member(typedData, "domain"), types);
        byte[] message = hashStruct(string(member(typedData, "primaryType")), member(typedData, "message"), types);
        return Keccak256.hash(PREFIX, domainSeparator, message);
    }

    /** keccak256(typeHash || encodeData(value)) for a struct type defined in {@code types}. */
    public static byte[] hashStruct(String type, JsonNode value, JsonNode types) {
        if (!value.isObject()) {
            throw new IllegalArgumentException("a " + type + " value must be an object");
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes(Keccak256.hash(encodeType(type, types).getBytes(StandardCharsets.UTF_8)));
        for (JsonNode field : fields(type, types)) {
            String name = string(member(field, "name"));
            encoded.writeBytes(encodeValue(string(member(field, "type")), member(value, name), types));
        }
        return Keccak256.hash(encoded.toByteArray());
    }

    /** The type itself, then every struct type it references, alphabetically: {@code Mail(Person from,...)Person(...)}. */
    public static String encodeType(String type, JsonNode types) {
        Set<String> referenced = new TreeSet<>();
        collectReferences(type, types, referenced);
        referenced.remove(type);
        StringBuilder out = new StringBuilder(describe(type, types));
        referenced.forEach(name -> out.append(describe(name, types)));
        return out.toString();
    }

    private static void collectReferences(String type, JsonNode types, Set<String> found) {
        if (!found.add(type)) {
            return;
        }
        for (JsonNode field : fields(type, types)) {
            String fieldType = string(member(field, "type"));
            if (types.has(fieldType)) {
                collectReferences(fieldType, types, found);
            }
        }
    }

    private static String describe(String type, JsonNode types) {
        StringBuilder out = new StringBuilder(type).append('(');
        String separator = "";
        for (JsonNode field : fields(type, types)) {
            out.append(separator).append(string(member(field, "type"))).append(' ').append(string(member(field, "name")));
            separator = ",";
        }
        return out.append(')').toString();
    }

    private static JsonNode fields(String type, JsonNode types) {
        JsonNode fields = types.get(type);
        if (fields == null || !fields.isArray()) {
            throw new IllegalArgumentException("no struct type " + type + " in types");
        }
        return fields;
    }

    private static byte[] encodeValue(String type, JsonNode value, JsonNode types) {
        if (types.has(type)) {
            return hashStruct(type, value, types);
        }
        return switch (type) {
            case "address" -> word(new BigInteger(1, Hex.decode(string(value), 20).orElseThrow(() -> invalid(type))));
            case "bool" -> word(bool(value) ? BigInteger.ONE : BigInteger.ZERO);
            case "string" -> Keccak256.hash(string(value).getBytes(StandardCharsets.UTF_8));
            case "bytes" -> Keccak256.hash(Hex.decode(string(value)).orElseThrow(() -> invalid(type)));
            default -> encodeAtomic(type, value);
        };
    }

    private static byte[] encodeAtomic(String type, JsonNode value) {
        Matcher integer = INTEGER.matcher(type);
        if (integer.matches()) {
            return encodeInteger(integer.group(1).isEmpty(), Integer.parseInt(integer.group(2)), value, type);
        }
        Matcher fixed = FIXED_BYTES.matcher(type);
        int size = fixed.matches() ? Integer.parseInt(fixed.group(1)) : 0;
        if (size < 1 || size > 32) {
            throw new IllegalArgumentException("unsupported EIP-712 type " + type);
        }
        byte[] padded = new byte[32];
        byte[] bytes = Hex.decode(string(value), size).orElseThrow(() -> invalid(type));
        System.arraycopy(bytes, 0, padded, 0, size);
        return padded;
    }

    private static byte[] encodeInteger(boolean signed, int bits, JsonNode value, String type) {
        if (bits < 8 || bits > 256 || bits % 8 != 0) {
            throw new IllegalArgumentException("unsupported EIP-712 type " + type);
        }
        BigInteger number = integer(value, type);
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger limit = BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits);
        if (number.compareTo(min) < 0 || number.compareTo(limit) >= 0) {
            throw new IllegalArgumentException("value out of range for " + type);
        }
        return word(number.signum() < 0 ? number.add(TWO_256) : number);
    }

    private static BigInteger integer(JsonNode value, String type) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isString() && DECIMAL.matcher(value.stringValue()).matches()) {
            return new BigInteger(value.stringValue());
        }
        throw invalid(type);
    }

    private static boolean bool(JsonNode value) {
        if (!value.isBoolean()) {
            throw invalid("bool");
        }
        return value.booleanValue();
    }

    private static byte[] word(BigInteger unsigned) {
        return BigIntegers.asUnsignedByteArray(32, unsigned);
    }

    private static JsonNode member(JsonNode node, String name) {
        JsonNode member = node.get(name);
        if (member == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return member;
    }

    private static String string(JsonNode node) {
        if (!node.isString()) {
            throw new IllegalArgumentException("expected a string, got " + node.getNodeType());
        }
        return node.stringValue();
    }

    private static IllegalArgumentException invalid(String type) {
        return new IllegalArgumentException("not a valid " + type + " value");
    }
}
