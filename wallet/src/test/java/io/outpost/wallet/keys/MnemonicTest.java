package io.outpost.wallet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MnemonicTest {
    private static final String ABANDON = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    @Test
    void wordlistIsTheOfficialEnglishList() throws Exception {
        try (InputStream in = Wordlist.class.getResourceAsStream("english.txt")) {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(sha))
                    .isEqualTo("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        }
    }

    @Test
    void generatesTwentyFourWordsByDefaultAndTwelveOnRequest() throws Exception {
        SecureRandom random = new SecureRandom();
        Mnemonic strong = Mnemonic.generate(Mnemonic.DEFAULT_WORDS, random);
        Mnemonic light = Mnemonic.generate(12, random);

        assertThat(strong.words()).hasSize(24);
        assertThat(light.words()).hasSize(12);
        assertThat(Mnemonic.parse(strong.phrase()).words()).isEqualTo(strong.words());
        assertThat(strong.toString()).isEqualTo("Mnemonic[24 words]");
        assertThatThrownBy(() -> Mnemonic.generate(13, random)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsingForgivesSpacingAndCase() throws Exception {
        assertThat(Mnemonic.parse("  Abandon " + ABANDON.substring(8).replace(" ", "\t ") + "\n").phrase())
                .isEqualTo(ABANDON);
    }

    @Test
    void aWrongChecksumIsRefused() {
        String swapped = ABANDON.replace("about", "above");
        assertThatThrownBy(() -> Mnemonic.parse(swapped)).isInstanceOfSatisfying(InvalidMnemonicException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidMnemonicException.Reason.CHECKSUM));
    }

    @Test
    void aWrongWordCountIsRefused() {
        assertThatThrownBy(() -> Mnemonic.parse("abandon abandon abandon"))
                .isInstanceOfSatisfying(InvalidMnemonicException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidMnemonicException.Reason.WORD_COUNT));
    }

    @Test
    void aMisspeltWordIsNamedByPositionWithSuggestions() {
        String typo = ABANDON.replace("about", "abuot");
        assertThatThrownBy(() -> Mnemonic.parse(typo)).isInstanceOfSatisfying(InvalidMnemonicException.class, e -> {
            assertThat(e.reason()).isEqualTo(InvalidMnemonicException.Reason.UNKNOWN_WORD);
            assertThat(e.position()).isEqualTo(12);
            assertThat(e.suggestions()).contains("about");
            assertThat(e.getMessage()).doesNotContain("abuot").doesNotContain("abandon");
        });
    }

    @Test
    void suggestionsUseTheUniqueFourLetterPrefixThenEditDistance() {
        assertThat(Wordlist.ENGLISH.suggestions("abanden")).first().isEqualTo("abandon");
        assertThat(Wordlist.ENGLISH.suggestions("elephnt")).first().isEqualTo("elephant");
        assertThat(Wordlist.ENGLISH.suggestions("zooo")).contains("zoo").hasSizeLessThanOrEqualTo(3);
        assertThat(Wordlist.ENGLISH.suggestions("qqqqqqqqq")).isEmpty();
        assertThat(Wordlist.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
