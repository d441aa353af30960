package io.outpost.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDSA on secp256k1 the way Ethereum uses it: 65-byte signatures {@code r || s || v} with v = 27 or 28.
 *
 * <p>Recovery is strict, so that the host accepts exactly what an on-chain verifier (OpenZeppelin's
 * {@code ECDSA.recover}, EIP-2) accepts: v must be 27 or 28, 1 ≤ r &lt; n and 1 ≤ s ≤ n/2. A high-s
 * signature is refused rather than normalised, because a contract would refuse it too. Malformed input
 * yields an empty result, never an exception.
 */
public final class Secp256k1 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    private static final BigInteger N = CURVE.getN();
    private static final BigInteger HALF_N = N.shiftRight(1);
    private static final int V_OFFSET = 27;

    private Secp256k1() {
    }

    /** A new private scalar from {@code random}. */
    public static BigInteger generatePrivateKey(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        return ((ECPrivateKeyParameters) generator.generateKeyPair().getPrivate()).getD();
    }

    /** The 65-byte uncompressed public key that made {@code signature} over the 32-byte {@code hash}. */
    public static Optional<byte[]> recoverPublicKey(byte[] hash, byte[] signature) {
        if (hash == null || hash.length != 32 || signature == null || signature.length != 65) {
            return Optional.empty();
        }
        int v = signature[64] & 0xff;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if ((v != V_OFFSET && v != V_OFFSET + 1) || !isValidScalar(r) || !isValidScalar(s) || s.compareTo(HALF_N) > 0) {
            return Optional.empty();
        }
        return recover(hash, r, s, v == V_OFFSET + 1);
    }

    /** The 20-byte address of the key that made {@code signature} over {@code hash}; see {@link #recoverPublicKey}. */
    public static Optional<byte[]> recoverAddress(byte[] hash, byte[] signature) {
        return recoverPublicKey(hash, signature).map(Secp256k1::address);
    }

    /** The Ethereum address of an uncompressed public key: the last 20 bytes of keccak-256 of {@code X || Y}. */
    public static byte[] address(byte[] publicKey) {
        if (publicKey == null || publicKey.length != 65 || publicKey[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed public key (65 bytes starting with 04)");
        }
        return Arrays.copyOfRange(Keccak256.hash(Arrays.copyOfRange(publicKey, 1, 65)), 12, 32);
    }

    /** Whether {@code publicKey} is an uncompressed encoding ({@code 04 || X || Y}) of a point on the curve. */
    public static boolean isValidPublicKey(byte[] publicKey) {
        if (publicKey == null || publicKey.length != 65 || publicKey[0] != 0x04) {
            return false;
        }
        try {
            CURVE.getCurve().decodePoint(publicKey);
            return true;
        } catch (IllegalArgumentException notOnCurve) {
            return false;
        }
    }

    /** Whether {@code value} can be a private key: 1 ≤ value &lt; n. */
    public static boolean isValidScalar(BigInteger value) {
        return value.signum() > 0 && value.compareTo(N) < 0;
    }

    /** The uncompressed public key ({@code 04 || X || Y}) of a private scalar. */
    public static byte[] publicKeyOf(BigInteger privateScalar) {
        return publicKeyOf(privateScalar, false);
    }

    /** The public key of a private scalar, compressed (33 bytes, as BIP32 hashes it) or not (65 bytes). */
    public static byte[] publicKeyOf(BigInteger privateScalar, boolean compressed) {
        return new FixedPointCombMultiplier().multiply(DOMAIN.getG(), privateScalar).normalize().getEncoded(compressed);
    }

    /** The order n of the curve's group: private keys and BIP32 tweaks are taken modulo n. */
    public static BigInteger order() {
        return N;
    }

    /**
     * A 65-byte {@code r || s || v} signature (v = 27 or 28) of a 32-byte hash. RFC 6979 nonce (so signing
     * needs no randomness and repeats exactly), low s, then v by trial recovery against {@code publicKey}.
     */
    public static byte[] sign(BigInteger privateScalar, byte[] publicKey, byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("a hash to sign is 32 bytes, not " + hash.length);
        }
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(privateScalar, DOMAIN));
        BigInteger[] rs = signer.generateSignature(hash);
        BigInteger r = rs[0];
        BigInteger s = rs[1].compareTo(HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
        for (boolean oddY : new boolean[] {false, true}) {
            if (recover(hash, r, s, oddY).filter(key -> Arrays.equals(key, publicKey)).isPresent()) {
                return encode(r, s, oddY);
            }
        }
        throw new IllegalStateException("a fresh signature did not recover to its own key");
    }

    /** SEC 1 §4.1.6 for x = r (Ethereum's v leaves out the rare x = r + n case). */
    private static Optional<byte[]> recover(byte[] hash, BigInteger r, BigInteger s, boolean oddY) {
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (oddY ? 0x03 : 0x02);
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, r), 0, compressed, 1, 32);
        ECPoint rPoint;
        try {
            rPoint = CURVE.getCurve().decodePoint(compressed);
        } catch (IllegalArgumentException noSuchPoint) {
            return Optional.empty();
        }
        BigInteger rInverse = r.modInverse(N);
        BigInteger u1 = new BigInteger(1, hash).negate().multiply(rInverse).mod(N);
        BigInteger u2 = s.multiply(rInverse).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), u1, rPoint, u2).normalize();
        return q.isInfinity() ? Optional.empty() : Optional.of(q.getEncoded(false));
    }

    private static byte[] encode(BigInteger r, BigInteger s, boolean oddY) {
        byte[] signature = new byte[65];
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, r), 0, signature, 0, 32);
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, s), 0, signature, 32, 32);
        signature[64] = (byte) (V_OFFSET + (oddY ? 1 : 0));
        return signature;
    }
}
