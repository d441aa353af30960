package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Secp256k1;

/** The outcome of checking a device's signature. Only {@link #VERIFIED} may be trusted. */
public enum Verification {
    VERIFIED,
    /** The signature is not 0x and 130 hex digits. */
    MALFORMED,
    /** The signature recovers to no key: bad v, r or s out of range, high s, or no such point. */
    BAD_SIGNATURE,
    /** A valid signature, by a key other than the device's. */
    WRONG_SIGNER;

    public boolean verified() {
        return this == VERIFIED;
    }

    static Verification check(byte[] hash, String signature, DeviceAddress signer) {
        return Hex.decode(signature, 65)
                .map(bytes -> Secp256k1.recoverAddress(hash, bytes).map(DeviceAddress::fromBytes)
                        .map(recovered -> recovered.equals(signer) ? VERIFIED : WRONG_SIGNER)
                        .orElse(BAD_SIGNATURE))
                .orElse(MALFORMED);
    }
}
