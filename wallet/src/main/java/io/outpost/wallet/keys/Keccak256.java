package io.outpost.wallet.keys;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256). */
public final class Keccak256 {
    private Keccak256() {
    }

    /** The hash of the parts, concatenated. */
    public static byte[] of(byte[]... parts) {
        KeccakDigest digest = new KeccakDigest(256);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        return hash;
    }
}
