package io.outpost.wallet.keys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BIP39 recovery phrase (English). Strings cannot be wiped, so keep a Mnemonic only as long as needed;
 * its {@code toString} gives the word count only.
 */
public final class Mnemonic {
    public static final int DEFAULT_WORDS = 24;
    private static final int SEED_ROUNDS = 2048;

    private final List<String> words;

    private Mnemonic(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** New words from {@code random}: 12, 15, 18, 21 or 24 of them (24 is the default strength, 256 bits). */
    public static Mnemonic generate(int wordCount, SecureRandom random) {
        checkWordCount(wordCount);
        byte[] entropy = new byte[wordCount * 4 / 3];
        random.nextBytes(entropy);
        try {
            return fromEntropy(entropy);
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** The words of 16 to 32 bytes of entropy (a multiple of 4): entropy bits, checksum bits, 11 bits a word. */
    public static Mnemonic fromEntropy(byte[] entropy) {
        if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 != 0) {
            throw new IllegalArgumentException("BIP39 entropy is 16, 20, 24, 28 or 32 bytes");
        }
        byte[] bits = Arrays.copyOf(entropy, entropy.length + 1);
        bits[entropy.length] = Base58Check.sha256(entropy)[0];
        int count = entropy.length * 3 / 4;
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(Wordlist.ENGLISH.word(elevenBits(bits, i * 11)));
        }
        Arrays.fill(bits, (byte) 0);
        return new Mnemonic(words);
    }

    /** The phrase in {@code text} (any spacing and case), with its wordlist and checksum checked. */
    public static Mnemonic parse(String text) throws InvalidMnemonicException {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKD).strip().toLowerCase(Locale.ROOT);
        List<String> words = normal.isEmpty() ? List.of() : List.of(normal.split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            if (Wordlist.ENGLISH.indexOf(words.get(i)).isEmpty()) {
                throw InvalidMnemonicException.unknownWord(i + 1, Wordlist.ENGLISH.suggestions(words.get(i)));
            }
        }
        if (!isValidWordCount(words.size())) {
            throw InvalidMnemonicException.wordCount(words.size());
        }
        Mnemonic mnemonic = new Mnemonic(words);
        byte[] entropy = mnemonic.entropy();
        boolean matches = fromEntropy(entropy).words.equals(words);
        Arrays.fill(entropy, (byte) 0);
        if (!matches) {
            throw InvalidMnemonicException.checksum();
        }
        return mnemonic;
    }

    public List<String> words() {
        return words;
    }

    /** The words separated by single spaces. */
    public String phrase() {
        return String.join(" ", words);
    }

    /** The entropy the words encode (without the checksum bits). */
    public byte[] entropy() {
        int entropyBytes = words.size() * 4 / 3;
        byte[] bits = new byte[entropyBytes + 1];
        for (int i = 0; i < words.size(); i++) {
            int index = Wordlist.ENGLISH.indexOf(words.get(i)).orElseThrow();
            for (int b = 0; b < 11; b++) {
                if ((index & (1 << (10 - b))) != 0) {
                    int bit = i * 11 + b;
                    bits[bit / 8] |= (byte) (0x80 >> (bit % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(bits, entropyBytes);
        Arrays.fill(bits, (byte) 0);
        return entropy;
    }

    /** The 64-byte seed: PBKDF2-HMAC-SHA512(NFKD words, "mnemonic" + NFKD passphrase, 2048 rounds). */
    public byte[] seed(char[] passphrase) {
        String salt = "mnemonic" + Normalizer.normalize(new String(passphrase), Normalizer.Form.NFKD);
        PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA512Digest());
        byte[] password = Normalizer.normalize(phrase(), Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        pbkdf2.init(password, saltBytes, SEED_ROUNDS);
        try {
            return ((KeyParameter) pbkdf2.generateDerivedParameters(512)).getKey();
        } finally {
            Arrays.fill(password, (byte) 0);
            Arrays.fill(saltBytes, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "Mnemonic[" + words.size() + " words]";
    }

    private static int elevenBits(byte[] bits, int offset) {
        int value = 0;
        for (int b = 0; b < 11; b++) {
            int bit = offset + b;
            value = (value << 1) | ((bits[bit / 8] >> (7 - bit % 8)) & 1);
        }
        return value;
    }

    private static boolean isValidWordCount(int count) {
        return count >= 12 && count <= 24 && count % 3 == 0;
    }

    private static void checkWordCount(int count) {
        if (!isValidWordCount(count)) {
            throw new IllegalArgumentException("a recovery phrase has 12, 15, 18, 21 or 24 words");
        }
    }
}
