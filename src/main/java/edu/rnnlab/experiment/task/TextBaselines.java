package edu.rnnlab.experiment.task;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Count-based language models fitted on the training tokens and scored on the test tokens, so the
 * reader sees what the recurrent network adds: a unigram (token frequencies) and a bigram (previous
 * token only), both with add-one smoothing so that a token unseen in training costs a finite amount.
 * Both are scored on the same positions (every test token that has a predecessor).
 */
public final class TextBaselines {

    private TextBaselines() {}

    /** {@code unigram} and {@code bigram (add-one)} -> {@code perplexity}. */
    public static Map<String, Map<String, Double>> evaluate(int[] train, int[] test, int vocabulary) {
        long[] unigram = new long[vocabulary];
        Map<Long, Long> bigram = new HashMap<>(); // a map, not a V x V table: word vocabularies run to thousands
        for (int i = 0; i < train.length; i++) {
            unigram[train[i]]++;
            if (i > 0) {
                bigram.merge(pair(train[i - 1], train[i], vocabulary), 1L, Long::sum);
            }
        }
        long[] previous = new long[vocabulary]; // how often each token has a successor in training
        for (int i = 0; i + 1 < train.length; i++) {
            previous[train[i]]++;
        }
        double unigramNats = 0;
        double bigramNats = 0;
        long positions = 0;
        for (int i = 1; i < test.length; i++) {
            int token = test[i];
            unigramNats -= Math.log((unigram[token] + 1.0) / (train.length + vocabulary));
            long count = bigram.getOrDefault(pair(test[i - 1], token, vocabulary), 0L);
            bigramNats -= Math.log((count + 1.0) / (previous[test[i - 1]] + vocabulary));
            positions++;
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        out.put(
                "unigram",
                Map.of(PerplexityEvaluation.METRIC, edu.rnnlab.metric.Perplexity.fromTotal(unigramNats, positions)));
        out.put(
                "bigram (add-one)",
                Map.of(PerplexityEvaluation.METRIC, edu.rnnlab.metric.Perplexity.fromTotal(bigramNats, positions)));
        return out;
    }

    private static long pair(int a, int b, int vocabulary) {
        return (long) a * vocabulary + b;
    }
}
