package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import io.outpost.crypto.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OnboardTest {
    private static final DeviceAddress REGISTRY = new DeviceAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static final DeviceAddress OWNER = new DeviceAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    /** An H3 resolution-12 cell, above 2^53. */
    private static final long CELL = 0x8c1f05a2d9a1dffL;
    private static final BigInteger BIG_NONCE = BigInteger.TWO.pow(200).add(BigInteger.ONE);

    private static Onboard onboard(DeviceAddress device) {
        return Onboard.builder().registry(31_337, REGISTRY).device(device).owner(OWNER).location(CELL)
                .nonce(BIG_NONCE).deadline(BigInteger.valueOf(1_764_003_600L)).build();
    }

    private static ObjectNode signResult(DeviceKey key, byte[] hash) {
        return OdpJson.object().put("signature", Hex.encode(key.sign(hash)));
    }

    @Test
    void typedDataHasTheShapeOdp1Names() {
        JsonNode typedData = onboard(DeviceLines.KEY.address()).typedData();

        assertThat(typedData.get("primaryType").stringValue()).isEqualTo("Onboard");
        assertThat(typedData.get("domain").toString()).isEqualTo("{\"name\":\"Outpost DeviceRegistry\",\"version\":\"1\","
                + "\"chainId\":31337,\"verifyingContract\":\"" + REGISTRY + "\"}");
        JsonNode message = typedData.get("message");
        assertThat(message.get("device").stringValue()).isEqualTo(DeviceLines.KEY.address().value());
        assertThat(message.get("location").stringValue()).isEqualTo(Long.toString(CELL));
        assertThat(message.get("nonce").stringValue()).isEqualTo(BIG_NONCE.toString());
        assertThat(message.get("deadline").stringValue()).isEqualTo("1764003600");
        assertThat(typedData.get("types").get("Onboard").toString()).isEqualTo("[{\"name\":\"device\",\"type\":\"address\"},"
                + "{\"name\":\"owner\",\"type\":\"address\"},{\"name\":\"location\",\"type\":\"uint64\"},"
                + "{\"name\":\"nonce\",\"type\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\"}]");
    }

    @Test
    void theHashIsTheEip712EncodingOfTheOnboardStruct() {
        Onboard onboard = onboard(DeviceLines.KEY.address());
        byte[] domainSeparator = Keccak256.hash(
                utf8Hash("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                utf8Hash("Outpost DeviceRegistry"), utf8Hash("1"), word(BigInteger.valueOf(31_337)), word(REGISTRY));
        byte[] structHash = Keccak256.hash(
                utf8Hash("Onboard(address device,address owner,uint64 location,uint256 nonce,uint256 deadline)"),
                word(onboard.device()), word(OWNER), word(BigInteger.valueOf(CELL)), word(BIG_NONCE),
                word(BigInteger.valueOf(1_764_003_600L)));

        assertThat(onboard.hash()).isEqualTo(Keccak256.hash(new byte[] {0x19, 0x01}, domainSeparator, structHash));
    }

    @Test
    void aSignatureByTheDeviceRecoversToTheDevice() {
        Onboard onboard = onboard(DeviceLines.KEY.address());
        ObjectNode result = signResult(DeviceLines.KEY, onboard.hash());

        assertThat(onboard.verify(result)).isEqualTo(Verification.VERIFIED);
        byte[] signature = Hex.decode(result.get("signature").stringValue(), 65).orElseThrow();
        assertThat(Secp256k1.recoverAddress(onboard.hash(), signature).map(DeviceAddress::fromBytes)).contains(DeviceLines.KEY.address());
    }

    @Test
    void aFreshDeviceKeyRoundTrips() {
        DeviceKey key = DeviceKey.generate(new java.security.SecureRandom());
        Onboard onboard = onboard(key.address());

        assertThat(onboard.verify(signResult(key, onboard.hash()))).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void anotherSignerOrAnotherMessageIsNotVerified() {
        Onboard onboard = onboard(DeviceLines.KEY.address());
        DeviceKey other = DeviceKey.fromBytes(Keccak256.hash(DeviceLines.bytes("other")));
        Onboard otherNonce = Onboard.builder().registry(31_337, REGISTRY).device(DeviceLines.KEY.address()).owner(OWNER)
                .location(CELL).nonce(BigInteger.ONE).deadline(BigInteger.valueOf(1_764_003_600L)).build();

        assertThat(onboard.verify(signResult(other, onboard.hash()))).isEqualTo(Verification.WRONG_SIGNER);
        assertThat(onboard.verify(signResult(DeviceLines.KEY, otherNonce.hash())).verified()).isFalse();
        assertThat(onboard.verify(OdpJson.object().put("signature", 7))).isEqualTo(Verification.MALFORMED);
        assertThat(onboard.verify(OdpJson.object())).isEqualTo(Verification.MALFORMED);
        assertThat(onboard.verify(OdpJson.object().put("signature", "0x1234"))).isEqualTo(Verification.MALFORMED);
    }

    @Test
    void theBuilderRefusesIncompleteOrOutOfRangeValues() {
        Onboard.Builder builder = Onboard.builder().registry(1, REGISTRY).device(DeviceLines.KEY.address()).owner(OWNER)
                .nonce(BigInteger.ZERO).deadline(BigInteger.ONE);

        assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class).hasMessageContaining("location");
        assertThatThrownBy(() -> builder.location(-1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.location(1).nonce(BigInteger.TWO.pow(256)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.nonce(BigInteger.ONE).deadline(BigInteger.valueOf(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.registry(0, REGISTRY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] utf8Hash(String text) {
        return Keccak256.hash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] word(DeviceAddress address) {
        return word(new BigInteger(1, address.bytes()));
    }

    private static byte[] word(BigInteger value) {
        byte[] out = new byte[32];
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }
}
