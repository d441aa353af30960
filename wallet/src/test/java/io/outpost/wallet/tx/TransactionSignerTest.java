package io.outpost.wallet.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RLP and signing against the examples of the Ethereum wiki's RLP page and of EIP-155. */
class TransactionSignerTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void rlpEncodesAsTheSpecificationsExamplesDo() {
        assertThat(HEX.formatHex(Rlp.bytes(ascii("dog")))).isEqualTo("83646f67");
        assertThat(HEX.formatHex(Rlp.list(List.of(Rlp.bytes(ascii("cat")), Rlp.bytes(ascii("dog")))))).isEqualTo("c88363617483646f67");
        assertThat(HEX.formatHex(Rlp.bytes(new byte[0]))).isEqualTo("80");
        assertThat(HEX.formatHex(Rlp.list(List.of()))).isEqualTo("c0");
        assertThat(HEX.formatHex(Rlp.integer(0))).isEqualTo("80");
        assertThat(HEX.formatHex(Rlp.integer(15))).isEqualTo("0f");
        assertThat(HEX.formatHex(Rlp.integer(1024))).isEqualTo("820400");
        String lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";
        assertThat(HEX.formatHex(Rlp.bytes(ascii(lorem)))).isEqualTo("b838" + HEX.formatHex(ascii(lorem)));
        // the set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ]
        byte[] empty = Rlp.list(List.of());
        byte[] one = Rlp.list(List.of(empty));
        assertThat(HEX.formatHex(Rlp.list(List.of(empty, one, Rlp.list(List.of(empty, one)))))).isEqualTo("c7c0c1c0c3c0c1c0");
    }

    @Test
    void signsTheEip155ExampleExactly() {
        Transaction.Legacy example = new Transaction.Legacy(1, BigInteger.valueOf(9), BigInteger.valueOf(20_000_000_000L),
                BigInteger.valueOf(21_000), Optional.of("0x3535353535353535353535353535353535353535"),
                new BigInteger("1000000000000000000"), new byte[0]);
        SignedTransaction signed = new TransactionSigner().sign(example,
                new BigInteger("4646464646464646464646464646464646464646464646464646464646464646", 16));
        assertThat(signed.rawHex()).isEqualTo("0xf86c098504a817c800825208943535353535353535353535353535353535353535"
                + "880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f"
                + "761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        assertThat(signed.from()).isEqualTo("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");
    }

    @Test
    void refusesWhatWouldSignForEveryChainOrOverpay() {
        assertThatThrownBy(() -> new Transaction.Legacy(0, BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, Optional.empty(),
                BigInteger.ZERO, new byte[0])).hasMessageContaining("chainId");
        assertThatThrownBy(() -> new Transaction.FeeMarket(1, BigInteger.ZERO, BigInteger.TEN, BigInteger.ONE, BigInteger.ONE,
                Optional.empty(), BigInteger.ZERO, new byte[0])).hasMessageContaining("maxPriorityFeePerGas");
        assertThatThrownBy(() -> new TransactionSigner().sign(new Transaction.Legacy(1, BigInteger.ZERO, BigInteger.ONE,
                BigInteger.ONE, Optional.empty(), BigInteger.ZERO, new byte[0]), BigInteger.ZERO))
                .hasMessage("not a valid private key");
    }
}
