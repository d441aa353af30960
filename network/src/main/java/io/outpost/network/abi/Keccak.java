package io.outpost.network.abi;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Ethereum's Keccak-256 (original Keccak padding, not NIST SHA3-256), for selectors and transaction hashes. */
public final class Keccak {
    private Keccak() {
    }

    public static byte[] hash256(byte[] data) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
