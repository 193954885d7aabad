package edu.rnnlab.experiment.task;

import edu.rnnlab.metric.ClassificationMetrics;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.metric.RankingMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, per example, the true venue class, the top-1 prediction and the rank of the true class,
 * and turns them into the next-location metrics. Shared by the model evaluation and the baselines so
 * both are scored by the same code.
 */
public final class NextLocationScores {

    /** Metric keys, in column order. */
    public static final List<String> METRICS = Metric.keys(Metric.Task.NEXT_LOCATION);

    private final int classes;
    private int[] labels = new int[256];
    private int[] predictions = new int[256];
    private int[] ranks = new int[256];
    private int size;

    /** An empty collection for a problem with {@code classes} venue classes. */
    public NextLocationScores(int classes) {
        this.classes = classes;
    }

    /** Adds one example. */
    public void add(int label, int prediction, int rank) {
        if (size == labels.length) {
            labels = Arrays.copyOf(labels, 2 * size);
            predictions = Arrays.copyOf(predictions, 2 * size);
            ranks = Arrays.copyOf(ranks, 2 * size);
        }
        labels[size] = label;
        predictions[size] = prediction;
        ranks[size] = rank;
        size++;
    }

    /** Number of examples added. */
    public int size() {
        return size;
    }

    /** Acc@1/5/10, MRR, macro-F1 and macro-recall (see the metric classes for definitions). */
    public Map<String, Double> metrics() {
        int[] r = Arrays.copyOf(ranks, size);
        int[] y = Arrays.copyOf(labels, size);
        int[] p = Arrays.copyOf(predictions, size);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metric.ACC1.key(), RankingMetrics.accuracyAt(r, 1));
        m.put(Metric.ACC5.key(), RankingMetrics.accuracyAt(r, 5));
        m.put(Metric.ACC10.key(), RankingMetrics.accuracyAt(r, 10));
        m.put(Metric.MRR.key(), RankingMetrics.meanReciprocalRank(r));
        m.put(Metric.MACRO_F1.key(), ClassificationMetrics.macroF1(y, p, classes));
        m.put(Metric.MACRO_RECALL.key(), ClassificationMetrics.macroRecall(y, p, classes));
        return m;
    }
}
