package edu.rnnlab.train;

import edu.rnnlab.metric.Metric;
import java.util.Map;

/**
 * Which epoch's weights are kept: the best value of one metric on one split. Normally the lowest
 * validation loss; the course-protocol check selects on the test split as the teacher's notebook did, and
 * so does the textbook language-model protocol, whose "test" split is its training text.
 */
public record Selection(Split split, String metric) {

    /** The honest default: lowest validation loss. */
    public static final Selection VALIDATION_LOSS = new Selection(Split.VAL, Metric.LOSS.key());

    /** Whether larger values of the metric are better (accuracies, MRR, F1). */
    public boolean higherIsBetter() {
        return Metric.higherIsBetter(metric);
    }

    /** Whether {@code candidate} metrics beat {@code best} (null best is always beaten). */
    boolean improves(Map<String, Double> candidate, Map<String, Double> best) {
        Double value = candidate.get(metric);
        if (value == null || value.isNaN()) {
            return false;
        }
        if (best == null) {
            return true;
        }
        double previous = best.get(metric);
        return higherIsBetter() ? value > previous : value < previous;
    }

    /** Human-readable description for the summary. */
    public String describe() {
        String direction = higherIsBetter() ? "highest " : "lowest ";
        String name = Metric.LOSS.key().equals(metric) ? metric : metric.toUpperCase(java.util.Locale.ROOT);
        return split == Split.VAL
                ? direction + "validation " + name
                : direction + "test " + name
                        + " (no validation split, as in the teacher's notebook and the textbook: optimistic)";
    }
}
