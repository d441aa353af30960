package io.outpost.network.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ABI codec against hand-checkable vectors: the examples of the Solidity ABI specification
 * (docs.soliditylang.org, "Contract ABI Specification", Examples) and words written out by hand.
 */
class AbiCodecTest {
    private static AbiFunction function(String name, String... inputs) {
        return new AbiFunction(name, Arrays.stream(inputs).map(AbiType::parse).toList(), List.of());
    }

    private static String words(String... words) {
        return String.join("", words);
    }

    private static byte[] hex(String digits) {
        return Hex.decode("0x" + digits);
    }

    @Test
    void selectorsAreTheFirstFourBytesOfTheKeccakOfTheSignature() {
        assertThat(Hex.encode(function("transfer", "address", "uint256").selector())).isEqualTo("0xa9059cbb");
        assertThat(Hex.encode(function("balanceOf", "address").selector())).isEqualTo("0x70a08231");
        assertThat(Hex.encode(function("approve", "address", "uint256").selector())).isEqualTo("0x095ea7b3");
        assertThat(Hex.encode(function("symbol").selector())).isEqualTo("0x95d89b41");
    }

    @Test
    void staticArgumentsAsInTheSpecification() {
        assertThat(Hex.encode(function("baz", "uint32", "bool").encodeCall(69, true))).isEqualTo("0xcdcd77c0" + words(
                "0000000000000000000000000000000000000000000000000000000000000045",
                "0000000000000000000000000000000000000000000000000000000000000001"));
    }

    @Test
    void dynamicArgumentsAsInTheSpecification() {
        String sam = words(
                "0000000000000000000000000000000000000000000000000000000000000060",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "00000000000000000000000000000000000000000000000000000000000000a0",
                "0000000000000000000000000000000000000000000000000000000000000004",
                "6461766500000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000003",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "0000000000000000000000000000000000000000000000000000000000000002",
                "0000000000000000000000000000000000000000000000000000000000000003");
        AbiFunction function = function("sam", "bytes", "bool", "uint256[]");
        assertThat(Hex.encode(function.encodeCall("dave".getBytes(StandardCharsets.US_ASCII), true, List.of(1, 2, 3))))
                .isEqualTo("0xa5643bf2" + sam);

        List<Object> decoded = AbiCodec.decode(function.inputs(), hex(sam));
        assertThat((byte[]) decoded.get(0)).asString(StandardCharsets.US_ASCII).isEqualTo("dave");
        assertThat(decoded.subList(1, 3)).containsExactly(true,
                List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)));
    }

    @Test
    void fixedBytesAndMixedArgumentsAsInTheSpecification() {
        AbiFunction function = function("f", "uint256", "uint32[]", "bytes10", "bytes");
        byte[] call = function.encodeCall(BigInteger.valueOf(0x123), List.of(0x456, 0x789),
                "1234567890".getBytes(StandardCharsets.US_ASCII), "Hello, world!".getBytes(StandardCharsets.US_ASCII));
        assertThat(Hex.encode(call)).isEqualTo("0x8be65246" + words(
                "0000000000000000000000000000000000000000000000000000000000000123",
                "0000000000000000000000000000000000000000000000000000000000000080",
                "3132333435363738393000000000000000000000000000000000000000000000",
                "00000000000000000000000000000000000000000000000000000000000000e0",
                "0000000000000000000000000000000000000000000000000000000000000002",
                "0000000000000000000000000000000000000000000000000000000000000456",
                "0000000000000000000000000000000000000000000000000000000000000789",
                "000000000000000000000000000000000000000000000000000000000000000d",
                "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"));
    }

    @Test
    void aClaimWithAProofOfBytes32() {
        String account = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
        byte[] node = new byte[32];
        Arrays.fill(node, (byte) 0xab);
        AbiFunction claim = function("claim", "address", "uint256", "bytes32[]");
        assertThat(Hex.encode(claim.encodeCall(account, BigInteger.valueOf(1000), List.of(node)))).isEqualTo("0x"
                + Hex.encode(claim.selector()).substring(2) + words(
                "00000000000000000000000090f79bf6eb2c4f870365e785982e1f101e93b906",
                "00000000000000000000000000000000000000000000000000000000000003e8",
                "0000000000000000000000000000000000000000000000000000000000000060",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "abababababababababababababababababababababababababababababababab"));
    }

    @Test
    void returnsOfStaticTuplesAddressListsAndStrings() {
        List<AbiType> device = List.of(AbiType.parse("address"), AbiType.parse("uint64"));
        assertThat(AbiCodec.decode(device, hex(words(
                "000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                "00000000000000000000000000000000000000000000000008c1fb46622dffff"))))
                .containsExactly("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", BigInteger.valueOf(0x8c1fb46622dffffL));
        assertThat(AbiCodec.decode(List.of(AbiType.parse("address[]")), hex(words(
                "0000000000000000000000000000000000000000000000000000000000000020",
                "0000000000000000000000000000000000000000000000000000000000000002",
                "0000000000000000000000005fbdb2315678afecb367f032d93f642f64180aa3",
                "000000000000000000000000e7f1725e7734ce288f8367e1bb143e90bb3f0512"))))
                .containsExactly(List.of("0x5fbdb2315678afecb367f032d93f642f64180aa3", "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"));
        assertThat(AbiCodec.decode(List.of(AbiType.parse("string")), hex(words(
                "0000000000000000000000000000000000000000000000000000000000000020",
                "0000000000000000000000000000000000000000000000000000000000000003",
                "4f50540000000000000000000000000000000000000000000000000000000000")))).containsExactly("OPT");
    }

    @Test
    void brokenDataIsRefusedWithoutHugeAllocations() {
        List<AbiType> addresses = List.of(AbiType.parse("address[]"));
        assertThatThrownBy(() -> AbiCodec.decode(addresses, hex(words(
                "0000000000000000000000000000000000000000000000000000000000000020",
                "00000000000000000000000000000000000000000000000000000000ffffffff"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than the data");
        assertThatThrownBy(() -> AbiCodec.decode(addresses, hex(
                "00000000000000000000000000000000000000000000000000000000000fffff")))
                .hasMessageContaining("points past the data");
        assertThatThrownBy(() -> AbiCodec.decode(List.of(AbiType.parse("address")), hex(
                "ff0000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"))).hasMessageContaining("160 bits");
        assertThatThrownBy(() -> AbiCodec.decode(List.of(AbiType.parse("uint256")), new byte[31]))
                .hasMessageContaining("ends at byte 31");
    }

    @Test
    void argumentsOfTheWrongKindOrRangeAreRefused() {
        AbiFunction transfer = function("transfer", "address", "uint256");
        assertThatThrownBy(() -> transfer.encodeCall("0x1234", 1)).hasMessageContaining("not an address");
        assertThatThrownBy(() -> transfer.encodeCall("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", -1))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> function("f", "uint8").encodeCall(256)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> function("f", "bytes32").encodeCall((Object) new byte[31])).hasMessageContaining("31 bytes");
        assertThatThrownBy(() -> transfer.encodeCall(1, 1)).hasMessageContaining("argument 0 (address): cannot encode Integer");
        assertThatThrownBy(() -> AbiType.parse("int256")).hasMessageContaining("not a supported ABI type");
    }
}
