package edu.rnnlab.data.translation;

import edu.rnnlab.data.vocab.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word indices of one language, as d2l's {@code Vocab(tokens, min_freq=2, reserved_tokens=[pad, bos,
 * eos])}: {@code <unk>} = 0, {@code <pad>} = 1, {@code <bos>} = 2, {@code <eos>} = 3, then every word seen
 * at least {@code minCount} times in the training sentences, most frequent first (ties in order of first
 * appearance). Fitted on training sentences only: a word seen only in held-out pairs is unknown.
 */
public final class SentenceVocabulary {

    /** Index of the unknown word. */
    public static final int UNK = 0;
    /** Index of the padding token. */
    public static final int PAD = 1;
    /** Index of the begin-of-sequence token (the decoder's first input). */
    public static final int BOS = 2;
    /** Index of the end-of-sequence token. */
    public static final int EOS = 3;

    private static final List<String> RESERVED = List.of("<unk>", "<pad>", "<bos>", "<eos>");

    private final Vocabulary words;

    private SentenceVocabulary(Vocabulary words) {
        this.words = words;
    }

    /** Fits on the training sentences' words. */
    public static SentenceVocabulary fit(List<List<String>> sentences, int minCount) {
        Map<String, Long> counts = new LinkedHashMap<>(); // first appearance breaks ties, as d2l's Counter
        sentences.forEach(s -> s.forEach(w -> counts.merge(w, 1L, Long::sum)));
        RESERVED.forEach(counts::remove); // a literal "<pad>" in the text must not take a second index
        return new SentenceVocabulary(Vocabulary.fit(counts, minCount, RESERVED.get(UNK)));
    }

    /** Number of indices, the four reserved tokens included. */
    public int size() {
        return words.size() + RESERVED.size() - 1;
    }

    /** The index of a word; {@link #UNK} when it is rare or unseen in training. */
    public int index(String word) {
        int i = words.index(word);
        return i == Vocabulary.UNKNOWN ? UNK : i + RESERVED.size() - 1;
    }

    /** The word of an index (the reserved tokens' names for 0-3). */
    public String word(int index) {
        return index < RESERVED.size() ? RESERVED.get(index) : words.key(index - RESERVED.size() + 1);
    }

    /**
     * A sentence as {@code steps} indices, as d2l's {@code build_array_nmt}: the words, {@code <eos>},
     * then {@code <pad>} up to {@code steps}, or cut at {@code steps}.
     *
     * @param into  where the indices are written, from {@code offset}
     * @return the valid length: indices before the padding ({@code <eos>} included unless cut off)
     */
    public int encode(List<String> sentence, int steps, int[] into, int offset) {
        int n = 0;
        for (; n < sentence.size() && n < steps; n++) {
            into[offset + n] = index(sentence.get(n));
        }
        if (n < steps) {
            into[offset + n++] = EOS;
        }
        for (int k = n; k < steps; k++) {
            into[offset + k] = PAD;
        }
        return n;
    }
}
