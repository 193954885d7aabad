package edu.rnnlab.metric;

import java.util.BitSet;

/**
 * Single-label multi-class metrics from true and predicted class indices, defined as scikit-learn
 * defines them ({@code f1_score} / {@code recall_score} with {@code average='macro'} or
 * {@code 'micro'}), so a student can check a figure with sklearn:
 * <ul>
 *   <li>macro averages run over every class that occurs in the labels <em>or</em> the predictions;
 *   <li>a class never predicted has precision 0, a class only predicted has recall 0 (sklearn's
 *       "ill-defined, set to 0" rule);
 *   <li>micro F1 = micro recall = accuracy for single-label data.
 * </ul>
 * Empty input gives NaN.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {}

    /** Share of exact matches (= micro F1 = micro recall = Acc@1 for argmax predictions). */
    public static double accuracy(int[] labels, int[] predictions) {
        check(labels, predictions);
        if (labels.length == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == predictions[i]) {
                hits++;
            }
        }
        return (double) hits / labels.length;
    }

    /** Micro-averaged F1; for single-label data this equals {@link #accuracy}. */
    public static double microF1(int[] labels, int[] predictions) {
        return accuracy(labels, predictions);
    }

    /** Macro-averaged F1 over the classes present in labels or predictions. */
    public static double macroF1(int[] labels, int[] predictions, int classes) {
        Counts n = count(labels, predictions, classes);
        if (n.present.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c = n.present.nextSetBit(0); c >= 0; c = n.present.nextSetBit(c + 1)) {
            // F1 = 2TP / (2TP + FP + FN); present classes never have a zero denominator.
            sum += 2.0 * n.tp[c] / (2.0 * n.tp[c] + n.fp[c] + n.fn[c]);
        }
        return sum / n.present.cardinality();
    }

    /** Macro-averaged recall over the classes present in labels or predictions. */
    public static double macroRecall(int[] labels, int[] predictions, int classes) {
        Counts n = count(labels, predictions, classes);
        if (n.present.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c = n.present.nextSetBit(0); c >= 0; c = n.present.nextSetBit(c + 1)) {
            int support = n.tp[c] + n.fn[c];
            sum += support == 0 ? 0.0 : (double) n.tp[c] / support;
        }
        return sum / n.present.cardinality();
    }

    private record Counts(int[] tp, int[] fp, int[] fn, BitSet present) {}

    private static Counts count(int[] labels, int[] predictions, int classes) {
        check(labels, predictions);
        int[] tp = new int[classes];
        int[] fp = new int[classes];
        int[] fn = new int[classes];
        BitSet present = new BitSet(classes);
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            int p = predictions[i];
            if (y < 0 || y >= classes || p < 0 || p >= classes) {
                throw new IllegalArgumentException("class index outside 0.." + (classes - 1) + " at example " + i);
            }
            present.set(y);
            present.set(p);
            if (y == p) {
                tp[y]++;
            } else {
                fp[p]++;
                fn[y]++;
            }
        }
        return new Counts(tp, fp, fn, present);
    }

    private static void check(int[] labels, int[] predictions) {
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + predictions.length + " predictions");
        }
    }
}
