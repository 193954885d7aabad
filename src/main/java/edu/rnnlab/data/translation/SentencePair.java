package edu.rnnlab.data.translation;

import java.util.List;

/**
 * One preprocessed sentence pair as word tokens ({@link NmtText}), without {@code <eos>} or padding.
 *
 * @param source the English words
 * @param target the French words
 */
public record SentencePair(List<String> source, List<String> target) {

    /** Copies the lists; both must hold at least one token. */
    public SentencePair {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("a sentence pair needs words on both sides");
        }
    }

    /** A pair of raw sentences, preprocessed and tokenised as the textbook does. */
    public static SentencePair of(String english, String french) {
        return new SentencePair(
                NmtText.tokens(NmtText.preprocess(english)), NmtText.tokens(NmtText.preprocess(french)));
    }
}
