package io.outpost.wallet.keys;

import io.outpost.crypto.Secp256k1;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.BigIntegers;

/** A BIP32 extended private key: key, chain code and the position in the tree. {@link #close()} wipes it. */
public final class ExtendedKey implements AutoCloseable {
    private static final byte[] MASTER_KEY = "Bitcoin seed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int XPRV_VERSION = 0x0488ADE4;

    private final byte[] key;
    private final byte[] chainCode;
    private final int depth;
    private final int parentFingerprint;
    private final int childNumber;

    private ExtendedKey(byte[] key, byte[] chainCode, int depth, int parentFingerprint, int childNumber) {
        this.key = key;
        this.chainCode = chainCode;
        this.depth = depth;
        this.parentFingerprint = parentFingerprint;
        this.childNumber = childNumber;
    }

    /** The master key of a seed (16 to 64 bytes): HMAC-SHA512 keyed with "Bitcoin seed". */
    public static ExtendedKey master(byte[] seed) {
        if (seed.length < 16 || seed.length > 64) {
            throw new IllegalArgumentException("a BIP32 seed is 16 to 64 bytes");
        }
        return fromHmac(hmacSha512(MASTER_KEY, seed), BigInteger.ZERO, 0, 0, 0);
    }

    /** The key at {@code path} below this one (each step as {@link #child}). */
    public ExtendedKey derive(DerivationPath path) {
        ExtendedKey current = this;
        for (int step : path.steps()) {
            ExtendedKey next = current.child(step);
            if (current != this) {
                current.close();
            }
            current = next;
        }
        return current == this ? copy() : current;
    }

    /** Child {@code index} (hardened when bit 31 is set) by BIP32's CKDpriv. */
    public ExtendedKey child(int index) {
        BigInteger k = new BigInteger(1, key);
        ByteBuffer data = ByteBuffer.allocate(37);
        if ((index & DerivationPath.HARDENED) != 0) {
            data.put((byte) 0).put(key);
        } else {
            data.put(Secp256k1.publicKeyOf(k, true));
        }
        byte[] input = data.putInt(index).array();
        byte[] i = hmacSha512(chainCode, input);
        Arrays.fill(input, (byte) 0);
        return fromHmac(i, k, depth + 1, fingerprint(), index);
    }

    /** The account key (a fresh copy, to close separately). */
    public PrivateKey privateKey() {
        return PrivateKey.of(key);
    }

    /** The Base58Check {@code xprv…} serialisation (it is the secret: for tests and explicit export only). */
    public String xprv() {
        ByteBuffer out = ByteBuffer.allocate(78).putInt(XPRV_VERSION).put((byte) depth).putInt(parentFingerprint)
                .putInt(childNumber).put(chainCode).put((byte) 0).put(key);
        return Base58Check.encode(out.array());
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
        Arrays.fill(chainCode, (byte) 0);
    }

    @Override
    public String toString() {
        return "ExtendedKey[depth " + depth + "]";
    }

    private ExtendedKey copy() {
        return new ExtendedKey(key.clone(), chainCode.clone(), depth, parentFingerprint, childNumber);
    }

    /** IL + parent mod n must be a valid key (BIP32 says to skip to the next index otherwise: odds ~2^-127). */
    private static ExtendedKey fromHmac(byte[] i, BigInteger parent, int depth, int fingerprint, int childNumber) {
        BigInteger il = new BigInteger(1, Arrays.copyOfRange(i, 0, 32));
        BigInteger k = il.add(parent).mod(Secp256k1.order());
        byte[] chain = Arrays.copyOfRange(i, 32, 64);
        Arrays.fill(i, (byte) 0);
        if (il.compareTo(Secp256k1.order()) >= 0 || k.signum() == 0) {
            throw new IllegalStateException("BIP32 derivation gave an invalid key at this index; use the next one");
        }
        return new ExtendedKey(BigIntegers.asUnsignedByteArray(32, k), chain, depth, fingerprint, childNumber);
    }

    private int fingerprint() {
        byte[] sha = Base58Check.sha256(Secp256k1.publicKeyOf(new BigInteger(1, key), true));
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] hash160 = new byte[20];
        ripemd.doFinal(hash160, 0);
        return ByteBuffer.wrap(hash160).getInt();
    }

    static byte[] hmacSha512(byte[] key, byte[] data) {
        HMac mac = new HMac(new SHA512Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[64];
        mac.doFinal(out, 0);
        return out;
    }
}
