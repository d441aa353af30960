package io.outpost.wallet.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every English entry of trezor/python-mnemonic's vectors.json: entropy → words → seed → master xprv. */
class Bip39VectorsTest {
    private static final char[] PASSPHRASE = "TREZOR".toCharArray();

    static Stream<JsonNode> vectors() throws Exception {
        try (InputStream in = Bip39VectorsTest.class.getResourceAsStream("vectors.json")) {
            JsonNode english = JsonMapper.builder().build().readTree(in).get("english");
            assertThat(english.size()).isEqualTo(24);
            return english.valueStream();
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void entropyGivesTheWordsTheSeedAndTheMasterKey(JsonNode vector) throws Exception {
        byte[] entropy = HexFormat.of().parseHex(vector.get(0).asString());
        String words = vector.get(1).asString();

        Mnemonic mnemonic = Mnemonic.fromEntropy(entropy);
        assertThat(mnemonic.phrase()).isEqualTo(words);
        assertThat(Mnemonic.parse(words).entropy()).isEqualTo(entropy);

        byte[] seed = Mnemonic.parse(words).seed(PASSPHRASE);
        assertThat(HexFormat.of().formatHex(seed)).isEqualTo(vector.get(2).asString());
        try (ExtendedKey master = ExtendedKey.master(seed)) {
            assertThat(master.xprv()).isEqualTo(vector.get(3).asString());
        }
    }
}
