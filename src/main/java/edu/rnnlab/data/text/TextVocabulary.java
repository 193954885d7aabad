package edu.rnnlab.data.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token indices as d2l's {@code Vocab} assigns them: {@code <unk>} is 0, then every token by
 * descending frequency, ties in order of first appearance (Python's stable sort over a Counter). For
 * The Time Machine's characters that gives {@code <unk>, ' ', e, t, a, i, n, o, s, h, ...}.
 */
public final class TextVocabulary {

    /** Index of the unknown token. */
    public static final int UNK = 0;
    /** Its text. */
    public static final String UNK_TOKEN = "<unk>";

    private final List<String> tokens;
    private final long[] counts;
    private final Map<String, Integer> index = new HashMap<>();

    private TextVocabulary(List<String> tokens, long[] counts) {
        this.tokens = List.copyOf(tokens);
        this.counts = counts;
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i), i);
        }
    }

    /** Builds the vocabulary of a token sequence. */
    public static TextVocabulary build(List<String> sequence) {
        Map<String, Long> frequency = new LinkedHashMap<>();
        for (String t : sequence) {
            frequency.merge(t, 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(frequency.entrySet());
        // List.sort is stable, so equal counts keep first-appearance order.
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        List<String> tokens = new ArrayList<>();
        long[] counts = new long[sorted.size() + 1];
        tokens.add(UNK_TOKEN);
        for (int i = 0; i < sorted.size(); i++) {
            tokens.add(sorted.get(i).getKey());
            counts[i + 1] = sorted.get(i).getValue();
        }
        return new TextVocabulary(tokens, counts);
    }

    /** Number of tokens, {@code <unk>} included. */
    public int size() {
        return tokens.size();
    }

    /** Index of a token; {@link #UNK} when unknown. */
    public int index(String token) {
        return index.getOrDefault(token, UNK);
    }

    /** The token of an index. */
    public String token(int i) {
        return tokens.get(i);
    }

    /** How often token {@code i} occurred in the text the vocabulary was built from. */
    public long count(int i) {
        return counts[i];
    }

    /** All tokens in index order. */
    public List<String> tokens() {
        return tokens;
    }
}
