package io.outpost.wallet.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The BIP39 English wordlist (2048 words, unique in their first four letters), with spelling suggestions. */
public final class Wordlist {
    public static final Wordlist ENGLISH = load("english.txt");
    private static final int SIZE = 2048;
    private static final int UNIQUE_PREFIX = 4;
    private static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_DISTANCE = 2;

    private final List<String> words;
    private final Map<String, Integer> indexes = new HashMap<>();

    private Wordlist(List<String> words) {
        if (words.size() != SIZE) {
            throw new IllegalStateException("a BIP39 wordlist has 2048 words, not " + words.size());
        }
        this.words = List.copyOf(words);
        for (int i = 0; i < SIZE; i++) {
            indexes.put(words.get(i), i);
        }
    }

    public String word(int index) {
        return words.get(index);
    }

    public Optional<Integer> indexOf(String word) {
        return Optional.ofNullable(indexes.get(word));
    }

    /**
     * Likely meant words for one that is not in the list: the word sharing its first four letters (BIP39 makes
     * that prefix unique), then words at most two edits away, closest first. At most three.
     */
    public List<String> suggestions(String typed) {
        String word = typed.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<String> byPrefix = word.length() >= UNIQUE_PREFIX
                ? words.stream().filter(w -> w.startsWith(word.substring(0, UNIQUE_PREFIX))).findFirst()
                : Optional.empty();
        var byDistance = words.stream()
                .filter(w -> byPrefix.map(p -> !p.equals(w)).orElse(true))
                .map(w -> Map.entry(w, editDistance(word, w)))
                .filter(e -> e.getValue() <= MAX_DISTANCE)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        return java.util.stream.Stream.concat(byPrefix.stream(), byDistance).limit(MAX_SUGGESTIONS).toList();
    }

    /** Levenshtein distance (insert, delete, substitute). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Wordlist load(String resource) {
        try (InputStream in = Wordlist.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the wordlist resource " + resource + " is missing");
            }
            return new Wordlist(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
