package io.outpost.wallet.keys;

import java.util.List;

/**
 * Words that are not a BIP39 recovery phrase. The message never repeats the words (they are the secret); a
 * misspelt word is named by its position, and {@link #suggestions()} holds what it may have meant.
 */
public final class InvalidMnemonicException extends Exception {
    public enum Reason { UNKNOWN_WORD, WORD_COUNT, CHECKSUM }

    private final Reason reason;
    private final int position;
    private final transient List<String> suggestions;

    private InvalidMnemonicException(String message, Reason reason, int position, List<String> suggestions) {
        super(message);
        this.reason = reason;
        this.position = position;
        this.suggestions = List.copyOf(suggestions);
    }

    static InvalidMnemonicException unknownWord(int position, List<String> suggestions) {
        return new InvalidMnemonicException("word " + position + " is not in the BIP39 English wordlist",
                Reason.UNKNOWN_WORD, position, suggestions);
    }

    static InvalidMnemonicException wordCount(int count) {
        return new InvalidMnemonicException("a recovery phrase has 12, 15, 18, 21 or 24 words, not " + count,
                Reason.WORD_COUNT, 0, List.of());
    }

    static InvalidMnemonicException checksum() {
        return new InvalidMnemonicException("the words are all in the list but do not form a valid recovery phrase"
                + " (checksum mismatch: a word is wrong or out of order)", Reason.CHECKSUM, 0, List.of());
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based position of the unknown word; 0 for the other reasons. */
    public int position() {
        return position;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
