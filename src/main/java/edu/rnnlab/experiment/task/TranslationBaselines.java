package edu.rnnlab.experiment.task;

import edu.rnnlab.data.translation.SentencePair;
import edu.rnnlab.metric.Bleu;
import edu.rnnlab.metric.Metric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translations that need no model, scored by the same BLEU on the same test pairs, so the reader sees
 * what the network adds: copying the English sentence (cut to the window, as a model's output is; it
 * scores on the punctuation and on words both languages share), and always answering with the training
 * set's most frequent French sentence (first seen wins a tie).
 */
public final class TranslationBaselines {

    private TranslationBaselines() {}

    /** {@code copy source} and {@code most frequent target} -> {@code bleu}. */
    public static Map<String, Map<String, Double>> evaluate(
            List<SentencePair> train, List<SentencePair> test, int steps) {
        List<String> mostFrequent = mostFrequentTarget(train);
        double copy = 0;
        double frequent = 0;
        for (SentencePair pair : test) {
            List<String> copied =
                    pair.source().subList(0, Math.min(steps, pair.source().size()));
            copy += Bleu.score(copied, pair.target(), BleuEvaluation.K);
            frequent += Bleu.score(mostFrequent, pair.target(), BleuEvaluation.K);
        }
        Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
        baselines.put("copy source", Map.of(Metric.BLEU.key(), mean(copy, test.size())));
        baselines.put("most frequent target", Map.of(Metric.BLEU.key(), mean(frequent, test.size())));
        return baselines;
    }

    /** The training target sentence seen most often; the first of equally frequent ones. */
    static List<String> mostFrequentTarget(List<SentencePair> train) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        train.forEach(p -> counts.merge(p.target(), 1, Integer::sum));
        List<String> best = List.of();
        int bestCount = 0;
        for (Map.Entry<List<String>, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static double mean(double sum, int n) {
        return n == 0 ? Double.NaN : sum / n;
    }
}
