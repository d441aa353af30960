package io.outpost.devnet.oracle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import tools.jackson.databind.JsonNode;

/**
 * An ODP/1 heartbeat's params as posted to the oracle. The fields are claims until {@link #signedByDevice()}
 * says the device key made the EIP-191 signature over {@code outpost-heartbeat:<device>:<seq>:<time>}.
 */
record SignedHeartbeat(String device, long seq, long time, long uptime, String signature) {
    private static final List<String> FIELDS = List.of("device", "seq", "time", "uptime", "signature");
    private static final String FIELD_LIST = String.join(", ", FIELDS);
    private static final Pattern SIGNATURE = Pattern.compile("0x[0-9a-fA-F]{130}");
    private static final BigInteger HALF_ORDER = Sign.CURVE_PARAMS.getN().shiftRight(1);

    /** Reads one params object; extra fields are ignored, missing or mistyped ones are malformed. */
    static SignedHeartbeat parse(JsonNode node) throws ApiError {
        if (node == null || !node.isObject()) {
            throw ApiError.malformed("a heartbeat is a JSON object with " + FIELD_LIST);
        }
        for (String field : FIELDS) {
            if (!node.has(field) || node.get(field).isNull()) {
                throw ApiError.malformed("missing field: " + field);
            }
        }
        String device = Addresses.parse(text(node, "device"), "device");
        String signature = text(node, "signature");
        if (!SIGNATURE.matcher(signature).matches()) {
            throw ApiError.malformed("signature must be 0x and 130 hex digits (r, s, v)");
        }
        return new SignedHeartbeat(device, count(node, "seq"), count(node, "time"), count(node, "uptime"), signature);
    }

    private static String text(JsonNode node, String field) throws ApiError {
        JsonNode value = node.get(field);
        if (!value.isString()) {
            throw ApiError.malformed(field + " must be a string");
        }
        return value.stringValue();
    }

    private static long count(JsonNode node, String field) throws ApiError {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw ApiError.malformed(field + " must be a whole number from 0 to 2^63-1");
        }
        return value.longValue();
    }

    /** The text the device signs with {@code personal_sign}. */
    String signedText() {
        return "outpost-heartbeat:" + device + ":" + seq + ":" + time;
    }

    /**
     * Whether the signature recovers to {@link #device()}: v must be 27 or 28 and s in the lower half of the
     * curve order (as Ethereum requires since Homestead), so one heartbeat has exactly one valid signature.
     */
    boolean signedByDevice() {
        byte[] bytes = HexFormat.of().parseHex(signature.substring(2));
        byte v = bytes[64];
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(bytes, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(bytes, 32, 64));
        if ((v != 27 && v != 28) || r.signum() == 0 || s.signum() == 0 || s.compareTo(HALF_ORDER) > 0
                || r.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
            return false;
        }
        Sign.SignatureData data = new Sign.SignatureData(v, Arrays.copyOfRange(bytes, 0, 32),
                Arrays.copyOfRange(bytes, 32, 64));
        try {
            BigInteger publicKey = Sign.signedPrefixedMessageToKey(signedText().getBytes(StandardCharsets.US_ASCII), data);
            return ("0x" + Keys.getAddress(publicKey)).equals(device);
        } catch (SignatureException | IllegalArgumentException e) {
            return false;
        }
    }
}
