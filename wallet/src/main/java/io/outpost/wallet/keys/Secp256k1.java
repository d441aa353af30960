package io.outpost.wallet.keys;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** The secp256k1 curve operations keys need: the order n and public points. */
final class Secp256k1 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    static final BigInteger N = CURVE.getN();

    private Secp256k1() {
    }

    static boolean isValidScalar(BigInteger k) {
        return k.signum() > 0 && k.compareTo(N) < 0;
    }

    /** k·G, encoded compressed (33 bytes) or uncompressed (65 bytes, {@code 04 || X || Y}). */
    static byte[] publicPoint(BigInteger k, boolean compressed) {
        ECPoint point = new FixedPointCombMultiplier().multiply(CURVE.getG(), k).normalize();
        return point.getEncoded(compressed);
    }
}
