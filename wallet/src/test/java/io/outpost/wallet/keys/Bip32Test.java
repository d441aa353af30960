package io.outpost.wallet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** BIP32 test vector 1 (seed 000102…0f), every step of its chain, from the BIP's text. */
class Bip32Test {
    private static final byte[] SEED = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @ParameterizedTest
    @CsvSource({
        "m, xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
        "m/0H, xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7",
        "m/0H/1, xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs",
        "m/0H/1/2H, xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM",
        "m/0H/1/2H/2, xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334",
        "m/0H/1/2H/2/1000000000, xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76"
    })
    void vectorOneChain(String path, String xprv) {
        try (ExtendedKey master = ExtendedKey.master(SEED); ExtendedKey key = master.derive(DerivationPath.parse(path))) {
            assertThat(key.xprv()).isEqualTo(xprv);
        }
    }

    @Test
    void pathsParseAndPrint() {
        assertThat(DerivationPath.parse("m/44'/60'/0'/0/7")).isEqualTo(DerivationPath.ethereumAccount(7));
        assertThat(DerivationPath.ethereumAccount(3).toString()).isEqualTo("m/44'/60'/0'/0/3");
        assertThat(DerivationPath.parse("m").steps()).isEmpty();
        assertThatThrownBy(() -> DerivationPath.parse("44'/60'")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DerivationPath.parse("m/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DerivationPath.parse("m/2147483648")).isInstanceOf(IllegalArgumentException.class);
    }
}
