package io.outpost.wallet.keys;

import io.outpost.crypto.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A secp256k1 private key, held as 32 bytes that {@link #close()} overwrites. Its {@code toString} names the
 * address only. Copies handed out by {@link #bytes()} are the caller's to wipe.
 */
public final class PrivateKey implements AutoCloseable {
    private final byte[] key;
    private final Address address;
    private boolean closed;

    private PrivateKey(byte[] key) {
        this.key = key;
        this.address = Address.ofPublicKey(Secp256k1.publicKeyOf(new BigInteger(1, key), false));
    }

    /** A key from 32 bytes (copied; the caller may wipe its array). Refuses 0 and values ≥ the curve order. */
    public static PrivateKey of(byte[] bytes) {
        if (bytes.length != 32 || !Secp256k1.isValidScalar(new BigInteger(1, bytes))) {
            throw new IllegalArgumentException("a private key is 32 bytes, between 1 and the curve order");
        }
        return new PrivateKey(bytes.clone());
    }

    public Address address() {
        return address;
    }

    /** A copy of the 32 key bytes. */
    public byte[] bytes() {
        if (closed) {
            throw new IllegalStateException("this key was closed");
        }
        return key.clone();
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
        closed = true;
    }

    @Override
    public String toString() {
        return "PrivateKey[" + address.checksummed() + "]";
    }
}
