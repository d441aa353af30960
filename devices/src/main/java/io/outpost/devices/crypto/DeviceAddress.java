package io.outpost.devices.crypto;

import io.outpost.crypto.Hex;
import io.outpost.crypto.Secp256k1;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Ethereum address in the form ODP/1 writes it: {@code 0x} and 40 lowercase hex digits. Named for its
 * main use, a device's identity; owners and contracts are addresses of the same form.
 */
public record DeviceAddress(String value) {
    private static final Pattern FORM = Pattern.compile("0x[0-9a-f]{40}");

    public DeviceAddress {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an address: expected 0x and 40 lowercase hex digits");
        }
    }

    /** The address in {@code text}, which must already be in the lowercase form; empty otherwise. */
    public static Optional<DeviceAddress> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new DeviceAddress(text)) : Optional.empty();
    }

    public static DeviceAddress fromBytes(byte[] address) {
        if (address.length != 20) {
            throw new IllegalArgumentException("an address is 20 bytes, not " + address.length);
        }
        return new DeviceAddress(Hex.encode(address));
    }

    /** The address of an uncompressed public key ({@code 04 || X || Y}): the last 20 bytes of keccak256(X || Y). */
    public static DeviceAddress fromPublicKey(byte[] publicKey) {
        return fromBytes(Secp256k1.address(publicKey));
    }

    public byte[] bytes() {
        return Hex.decode(value, 20).orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }
}
