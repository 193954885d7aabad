package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import edu.rnnlab.data.translation.SentenceVocabulary;
import edu.rnnlab.metric.Bleu;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.train.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean sentence BLEU (k = 2) of the model's greedy translations over a split. Each row of the
 * predictions' second array (the greedy tokens) is cut at its first {@code <eos>} and turned into words;
 * its reference is the preprocessed target sentence in full (not cut to the window, unknown words kept as
 * written), found by the example index the labels carry, as the book scores {@code predict_seq2seq}.
 */
final class BleuEvaluation implements Evaluation {

    /** The book's n-gram order. */
    static final int K = 2;

    private final List<List<String>> references;
    private final SentenceVocabulary target;
    private double sum;
    private int count;

    BleuEvaluation(List<List<String>> references, SentenceVocabulary target) {
        this.references = references;
        this.target = target;
    }

    @Override
    public void add(NDList predictions, NDList labels) {
        int[] greedy = predictions.get(1).toIntArray();
        int[] examples = labels.get(2).toIntArray();
        int steps = greedy.length / examples.length;
        for (int row = 0; row < examples.length; row++) {
            List<String> words = words(target, greedy, row * steps, steps);
            sum += Bleu.score(words, references.get(examples[row]), K);
            count++;
        }
    }

    /** The words of one decoded row: the tokens before the first {@code <eos>}. */
    static List<String> words(SentenceVocabulary vocabulary, int[] tokens, int from, int steps) {
        List<String> words = new ArrayList<>();
        for (int t = from; t < from + steps && tokens[t] != SentenceVocabulary.EOS; t++) {
            words.add(vocabulary.word(tokens[t]));
        }
        return words;
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(Metric.BLEU.key(), count == 0 ? Double.NaN : sum / count);
        return metrics;
    }
}
