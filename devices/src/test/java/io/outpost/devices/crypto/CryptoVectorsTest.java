package io.outpost.devices.crypto;

import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import io.outpost.crypto.Secp256k1;
import io.outpost.crypto.Eip191;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Published Ethereum vectors: Keccak-256, the web3.js account docs and ethereum/tests' "cow" key. */
class CryptoVectorsTest {
    private static final String WEB3JS_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String WEB3JS_SIGNATURE = "0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd"
            + "6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static DeviceKey key(String hex) {
        return DeviceKey.fromBytes(Hex.decode(hex, 32).orElseThrow());
    }

    @Test
    void keccak256IsEthereumsNotSha3() {
        assertThat(Hex.encode(Keccak256.hash(new byte[0])))
                .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(Hex.encode(Keccak256.hash(ascii("abc"))))
                .isEqualTo("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        assertThat(Keccak256.hash(ascii("a"), ascii("bc"))).isEqualTo(Keccak256.hash(ascii("abc")));
    }

    @Test
    void addressesOfPublishedKeys() {
        assertThat(key(WEB3JS_KEY).address().value()).isEqualTo("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23");
        byte[] cow = Keccak256.hash(ascii("cow"));
        assertThat(Hex.encode(cow)).isEqualTo("0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4");
        assertThat(DeviceKey.fromBytes(cow).address().value()).isEqualTo("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826");
    }

    @Test
    void personalSignHashes() {
        assertThat(Hex.encode(Eip191.hash("Hello World")))
                .isEqualTo("0xa1de988600a42c4b4ab089b619297c17d53cffae5d5120d82d8a92d0bb3b78f2");
        assertThat(Hex.encode(Eip191.hash("Some data")))
                .isEqualTo("0x1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655");
    }

    @Test
    void signsSomeDataExactlyAsWeb3jsDocuments() {
        assertThat(Hex.encode(key(WEB3JS_KEY).sign(Eip191.hash("Some data")))).isEqualTo(WEB3JS_SIGNATURE);
    }

    @Test
    void recoversTheSignerOfThePublishedSignature() {
        byte[] signature = Hex.decode(WEB3JS_SIGNATURE, 65).orElseThrow();

        assertThat(Secp256k1.recoverAddress(Eip191.hash("Some data"), signature).map(DeviceAddress::fromBytes))
                .contains(new DeviceAddress("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23"));
        assertThat(Secp256k1.recoverPublicKey(Eip191.hash("Some data"), signature)).hasValue(key(WEB3JS_KEY).publicKey());
    }

    @Test
    void deviceAddressesAreLowercaseHex() {
        assertThat(DeviceAddress.parse("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23")).isPresent();
        assertThat(DeviceAddress.parse("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")).isEmpty();
        assertThat(DeviceAddress.parse("2c7536e3605d9c16a7a3d7b1898e529396a65c23")).isEmpty();
        assertThat(DeviceAddress.parse("0x2c7536e3605d9c16a7a3d7b1898e529396a65c2")).isEmpty();
        assertThat(DeviceAddress.parse(null)).isEmpty();
        assertThatThrownBy(() -> new DeviceAddress("0xzz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceAddress.fromPublicKey(new byte[64])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hexDecodingIsStrict() {
        assertThat(Hex.decode("0x")).hasValue(new byte[0]);
        assertThat(Hex.decode("0xABcd")).hasValue(new byte[] {(byte) 0xab, (byte) 0xcd});
        assertThat(Hex.decode("abcd")).isEmpty();
        assertThat(Hex.decode("0xabc")).isEmpty();
        assertThat(Hex.decode("0x+1")).isEmpty();
        assertThat(Hex.decode("0xabcd", 3)).isEmpty();
    }
}
