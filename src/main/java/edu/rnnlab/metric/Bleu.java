package edu.rnnlab.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU of one predicted sentence against one reference, exactly as "Dive into Deep Learning" defines it
 * (section 9.7.4, {@code bleu(pred_seq, label_seq, k)}):
 *
 * <pre>
 *   BLEU = exp(min(0, 1 - len_label / len_pred)) * prod_{n=1..k} p_n^(1 / 2^n)
 * </pre>
 *
 * where {@code p_n} is the share of the prediction's n-grams that match an n-gram of the reference, each
 * reference n-gram matched at most as often as it occurs. The brevity penalty punishes short predictions,
 * and longer n-grams weigh more. 1 is a perfect match, 0 means no matching word.
 *
 * <p>Where the book's code would divide by zero, a prediction shorter than {@code n} words (no n-grams),
 * {@code p_n} is taken as 0, and so is the score of an empty prediction.
 */
public final class Bleu {

    private Bleu() {}

    /** BLEU of {@code predicted} against {@code reference} (word lists) with n-grams up to {@code k}. */
    public static double score(List<String> predicted, List<String> reference, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int lenPred = predicted.size();
        int lenLabel = reference.size();
        if (lenPred == 0) {
            return 0;
        }
        double score = Math.exp(Math.min(0, 1 - lenLabel / (double) lenPred));
        for (int n = 1; n <= k; n++) {
            int candidates = lenPred - n + 1;
            if (candidates <= 0) {
                return 0;
            }
            Map<List<String>, Integer> available = new HashMap<>();
            for (int i = 0; i + n <= lenLabel; i++) {
                available.merge(reference.subList(i, i + n), 1, Integer::sum);
            }
            int matches = 0;
            for (int i = 0; i + n <= lenPred; i++) {
                List<String> gram = predicted.subList(i, i + n);
                Integer left = available.get(gram);
                if (left != null && left > 0) {
                    matches++;
                    available.put(gram, left - 1);
                }
            }
            score *= Math.pow(matches / (double) candidates, Math.pow(0.5, n));
        }
        return score;
    }
}
