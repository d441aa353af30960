package io.outpost.wallet.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {
    /** The examples of EIP-55 (all caps, all lower, and mixed-case addresses). */
    @ParameterizedTest
    @ValueSource(strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void eip55Examples(String example) {
        Address address = Address.parse(example.toLowerCase(Locale.ROOT)).orElseThrow();
        assertThat(address.checksummed()).isEqualTo(example);
        assertThat(Address.hasValidChecksum(example)).isTrue();
        assertThat(Address.parse(example)).contains(address);
    }

    @Test
    void aWrongChecksumIsRefused() {
        assertThat(Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).isEmpty();
        assertThat(Address.hasValidChecksum("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isFalse();
        assertThat(Address.parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea")).isEmpty();
        assertThat(Address.parse(null)).isEmpty();
    }

    @Test
    void addressOfAPrivateKey() {
        byte[] key = HexFormat.of().parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        try (PrivateKey privateKey = PrivateKey.of(key)) {
            assertThat(privateKey.address().checksummed()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        }
    }
}
