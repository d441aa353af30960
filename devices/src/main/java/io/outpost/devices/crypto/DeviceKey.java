package io.outpost.devices.crypto;

import io.outpost.crypto.Secp256k1;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * A secp256k1 private key, as the device emulator and tests hold one (real devices keep theirs in the
 * secure element). The private scalar has no getter and appears in no {@code toString} or exception
 * message; only its address is shown.
 */
public final class DeviceKey {
    private final BigInteger scalar;
    private final byte[] publicKey;
    private final DeviceAddress address;

    DeviceKey(BigInteger scalar) {
        this.scalar = scalar;
        this.publicKey = Secp256k1.publicKeyOf(scalar);
        this.address = DeviceAddress.fromPublicKey(publicKey);
    }

    /** A new random key (the emulator's, on first start). */
    public static DeviceKey generate(SecureRandom random) {
        return new DeviceKey(Secp256k1.generatePrivateKey(random));
    }

    /** The key whose scalar is the 32 big-endian bytes given; refuses 0 and values not below the curve order. */
    public static DeviceKey fromBytes(byte[] scalar) {
        if (scalar == null || scalar.length != 32) {
            throw new IllegalArgumentException("a secp256k1 private key is 32 bytes");
        }
        BigInteger value = new BigInteger(1, scalar);
        if (!Secp256k1.isValidScalar(value)) {
            throw new IllegalArgumentException("not a valid secp256k1 private key (zero or not below the curve order)");
        }
        return new DeviceKey(value);
    }

    /** The uncompressed public key, {@code 04 || X || Y}. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public DeviceAddress address() {
        return address;
    }

    /** Signs a 32-byte hash: {@code r || s || v}, low s, v = 27 or 28, the same bytes every time (RFC 6979). */
    public byte[] sign(byte[] hash) {
        return Secp256k1.sign(scalar, publicKey, hash);
    }

    @Override
    public String toString() {
        return "DeviceKey[" + address + "]";
    }
}
