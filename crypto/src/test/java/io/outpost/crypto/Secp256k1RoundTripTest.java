package io.outpost.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The primitives on their own; the ODP and EIP vectors that use them are in the devices and wallet tests. */
class Secp256k1RoundTripTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void keccakIsEthereumsNotNistSha3() {
        assertThat(HEX.formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(Keccak256.hash("ab".getBytes(StandardCharsets.US_ASCII), "c".getBytes(StandardCharsets.US_ASCII)))
                .as("parts are hashed as one message").isEqualTo(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anvilsFirstKeyHasItsWellKnownAddress() {
        BigInteger key = new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16);
        assertThat(HEX.formatHex(Secp256k1.address(Secp256k1.publicKeyOf(key))))
                .isEqualTo("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    }

    @Test
    void aSignatureRecoversToItsSignerAndNotFromAnotherHash() {
        BigInteger key = new BigInteger("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", 16);
        byte[] publicKey = Secp256k1.publicKeyOf(key);
        byte[] hash = Eip191.hash("Some data");
        byte[] signature = Secp256k1.sign(key, publicKey, hash);

        assertThat(signature).hasSize(65);
        assertThat(Secp256k1.sign(key, publicKey, hash)).as("RFC 6979: the same every time").isEqualTo(signature);
        assertThat(Secp256k1.recoverAddress(hash, signature)).hasValueSatisfying(
                address -> assertThat(address).isEqualTo(Secp256k1.address(publicKey)));
        assertThat(Secp256k1.recoverAddress(Eip191.hash("Other data"), signature)).hasValueSatisfying(
                address -> assertThat(address).isNotEqualTo(Secp256k1.address(publicKey)));
    }
}
