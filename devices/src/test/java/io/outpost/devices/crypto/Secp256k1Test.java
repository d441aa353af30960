package io.outpost.devices.crypto;

import io.outpost.crypto.Keccak256;
import io.outpost.crypto.Secp256k1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Secp256k1Test {
    private static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    private static final byte[] HASH = Keccak256.hash("outpost".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private static byte[] scalar(BigInteger value) {
        byte[] out = new byte[32];
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] withRsV(byte[] signature, BigInteger r, BigInteger s, int v) {
        byte[] out = signature.clone();
        System.arraycopy(scalar(r), 0, out, 0, 32);
        System.arraycopy(scalar(s), 0, out, 32, 32);
        out[64] = (byte) v;
        return out;
    }

    @Test
    void freshKeysSignAndRecoverWithLowS() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 20; i++) {
            DeviceKey key = DeviceKey.generate(random);
            byte[] hash = Keccak256.hash(new byte[] {(byte) i});
            byte[] signature = key.sign(hash);

            assertThat(signature).hasSize(65);
            assertThat((int) signature[64]).isIn(27, 28);
            assertThat(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))).isLessThanOrEqualTo(N.shiftRight(1));
            assertThat(Secp256k1.recoverPublicKey(hash, signature)).hasValue(key.publicKey());
            assertThat(Secp256k1.recoverAddress(hash, signature).map(DeviceAddress::fromBytes)).contains(key.address());
            assertThat(Secp256k1.isValidPublicKey(key.publicKey())).isTrue();
        }
    }

    @Test
    void signingIsDeterministic() {
        DeviceKey key = DeviceKey.fromBytes(Keccak256.hash(HASH));

        assertThat(key.sign(HASH)).isEqualTo(key.sign(HASH));
        assertThatThrownBy(() -> key.sign(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHighSTwinBadVAndOutOfRangeScalarsAreRefused() {
        DeviceKey key = DeviceKey.fromBytes(Keccak256.hash(HASH));
        byte[] signature = key.sign(HASH);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        int v = signature[64];

        assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, r, N.subtract(s), 55 - v))).isEmpty();
        for (int badV : new int[] {0, 1, 26, 29, 35, 255}) {
            assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, r, s, badV))).as("v=%d", badV).isEmpty();
        }
        assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, BigInteger.ZERO, s, v))).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, r, BigInteger.ZERO, v))).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, N, s, v))).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(HASH, withRsV(signature, N.add(r), s, v))).isEmpty();
    }

    @Test
    void wrongLengthsAreRefused() {
        byte[] signature = DeviceKey.fromBytes(Keccak256.hash(HASH)).sign(HASH);

        assertThat(Secp256k1.recoverPublicKey(Arrays.copyOf(HASH, 31), signature)).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(HASH, Arrays.copyOf(signature, 64))).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(HASH, Arrays.copyOf(signature, 66))).isEmpty();
        assertThat(Secp256k1.recoverPublicKey(null, null)).isEmpty();
    }

    @Test
    void randomSignaturesNeverThrow() {
        SplittableRandom random = new SplittableRandom(7);
        assertThatCode(() -> {
            for (int i = 0; i < 500; i++) {
                byte[] signature = new byte[65];
                random.nextBytes(signature);
                signature[64] = (byte) (27 + random.nextInt(2));
                signature[32] &= 0x7f;
                Secp256k1.recoverPublicKey(HASH, signature);
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void publicKeysOffTheCurveAreInvalid() {
        byte[] key = DeviceKey.fromBytes(Keccak256.hash(HASH)).publicKey();
        byte[] offCurve = key.clone();
        offCurve[64] ^= 1;

        assertThat(Secp256k1.isValidPublicKey(offCurve)).isFalse();
        assertThat(Secp256k1.isValidPublicKey(Arrays.copyOf(key, 33))).isFalse();
        assertThat(Secp256k1.isValidPublicKey(new byte[65])).isFalse();
    }

    @Test
    void thePrivateKeyNeverShows() {
        byte[] secret = Keccak256.hash(HASH);
        DeviceKey key = DeviceKey.fromBytes(secret);
        String hex = HexFormat.of().formatHex(secret);

        assertThat(key.toString()).contains(key.address().value()).doesNotContain(hex);
        assertThatThrownBy(() -> DeviceKey.fromBytes(scalar(N))).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(HexFormat.of().formatHex(scalar(N)));
        assertThatThrownBy(() -> DeviceKey.fromBytes(new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceKey.fromBytes(Arrays.copyOf(secret, 31)))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(hex.substring(0, 16));
    }
}
