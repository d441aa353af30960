package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Secp256k1;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** What a device says it is, from the result of {@code identify}. The public key is kept in lowercase hex. */
public record Identity(String model, String hardware, String firmware, String serial, DeviceAddress device,
        String publicKey) {
    private static final Pattern PUBLIC_KEY = Pattern.compile("0x04[0-9a-fA-F]{128}");

    public Identity {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!PUBLIC_KEY.matcher(publicKey).matches()) {
            throw new IllegalArgumentException("publicKey must be 0x04 and 128 hex digits");
        }
        publicKey = publicKey.toLowerCase(Locale.ROOT);
    }

    /** The identity in an {@code identify} result; empty if a field is missing, mistyped or malformed. */
    public static Optional<Identity> from(JsonNode result) {
        return Fields.parse(result, r -> new Identity(Fields.string(r, "model"), Fields.string(r, "hardware"),
                Fields.string(r, "firmware"), Fields.string(r, "serial"), new DeviceAddress(Fields.string(r, "device")),
                Fields.string(r, "publicKey")));
    }

    public byte[] publicKeyBytes() {
        return Hex.decode(publicKey, 65).orElseThrow();
    }

    /**
     * Whether {@code publicKey} is a point on secp256k1 whose address is {@code device}: how ODP/1 tells its
     * devices from other serial ports. It proves consistency, not possession of the key; a verified
     * heartbeat or signature does that.
     */
    public boolean publicKeyMatchesDevice() {
        byte[] key = publicKeyBytes();
        return Secp256k1.isValidPublicKey(key) && DeviceAddress.fromPublicKey(key).equals(device);
    }
}
