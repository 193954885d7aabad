package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.metric.Perplexity;
import edu.rnnlab.train.Evaluation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Perplexity over a split: the summed cross-entropy of every predicted token, divided once by the
 * token count (so batches of any size combine exactly). The log-probabilities of the true tokens are
 * summed on the device; one float per batch comes to the heap, never the (B, T, V) logits.
 */
final class PerplexityEvaluation implements Evaluation {

    /** The metric's column name. */
    static final String METRIC = Metric.PERPLEXITY.key();

    private double totalNats;
    private long tokens;

    @Override
    public void add(NDList predictions, NDList labels) {
        NDArray logits = predictions.head();
        NDArray label = labels.head().toType(DataType.INT64, false);
        NDArray logProbabilities = logits.logSoftmax(-1);
        NDArray picked = logProbabilities.gather(label.expandDims(-1), -1);
        totalNats -= picked.sum().toType(DataType.FLOAT64, false).getDouble();
        tokens += label.size();
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(METRIC, Perplexity.fromTotal(totalNats, tokens));
        return metrics;
    }
}
