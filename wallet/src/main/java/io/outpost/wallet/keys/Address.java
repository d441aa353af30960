package io.outpost.wallet.keys;

import io.outpost.crypto.Keccak256;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Ethereum account address. {@link #value()} is the lowercase {@code 0x} form (what JSON-RPC and the
 * oracle use); {@link #checksummed()} is the EIP-55 mixed-case form people copy between wallets.
 */
public record Address(String value) {
    private static final Pattern LOWER = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern ANY_CASE = Pattern.compile("0x[0-9a-fA-F]{40}");

    public Address {
        Objects.requireNonNull(value, "value");
        if (!LOWER.matcher(value).matches()) {
            throw new IllegalArgumentException("not an address: expected 0x and 40 lowercase hex digits");
        }
    }

    /** The last 20 bytes of keccak256(X || Y) of an uncompressed public key {@code 04 || X || Y}. */
    public static Address ofPublicKey(byte[] uncompressed) {
        if (uncompressed.length != 65 || uncompressed[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed public key (65 bytes starting with 04)");
        }
        byte[] hash = Keccak256.hash(java.util.Arrays.copyOfRange(uncompressed, 1, 65));
        return new Address("0x" + HexFormat.of().formatHex(hash, 12, 32));
    }

    /**
     * The address in {@code text}: all lowercase or all uppercase hex is taken as is (no checksum), mixed case
     * must carry a valid EIP-55 checksum. Empty for anything else, so a mistyped address is never accepted.
     */
    public static Optional<Address> parse(String text) {
        if (text == null || !ANY_CASE.matcher(text).matches()) {
            return Optional.empty();
        }
        String hex = text.substring(2);
        boolean uniformCase = hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT));
        Address address = new Address("0x" + hex.toLowerCase(Locale.ROOT));
        return uniformCase || address.checksummed().equals(text) ? Optional.of(address) : Optional.empty();
    }

    /** Whether {@code text} is an address in mixed case with a correct EIP-55 checksum. */
    public static boolean hasValidChecksum(String text) {
        return parse(text).map(address -> address.checksummed().equals(text)).orElse(false);
    }

    /** EIP-55: a hex letter is uppercase when the matching nibble of keccak256(lowercase hex) is 8 or more. */
    public String checksummed() {
        String hex = value.substring(2);
        byte[] hash = Keccak256.hash(hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < hex.length(); i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
            char c = hex.charAt(i);
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return checksummed();
    }
}
