package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import edu.rnnlab.train.Evaluation;
import java.util.Map;

/**
 * Scores next-venue logits batch by batch. The rank of the true class is computed on the device as
 * the number of logits at least as large as the true one (ties pessimistic, as in
 * {@link edu.rnnlab.metric.RankingMetrics}) — one comparison and one sum, cheaper than sorting all
 * classes — so only three small vectors per batch come to the heap, never the (B, V) logits.
 */
final class NextLocationEvaluation implements Evaluation {

    private final NextLocationScores scores;
    private final int classes;

    NextLocationEvaluation(int classes) {
        this.classes = classes;
        this.scores = new NextLocationScores(classes);
    }

    @Override
    public void add(NDList predictions, NDList labels) {
        NDArray logits = predictions.head();
        NDArray label = labels.head().toType(DataType.INT64, false);
        int b = (int) logits.getShape().get(0);
        NDArray index = label.reshape(b, 1);
        NDArray target = logits.gather(index, 1);
        long[] atLeast = logits.gte(target)
                .sum(new int[] {1})
                .toType(DataType.INT64, false)
                .toLongArray();
        long[] best = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
        long[] y = label.toLongArray();
        for (int i = 0; i < b; i++) {
            // A NaN target logit compares false everywhere: rank it last, as a diverged model deserves.
            int rank = atLeast[i] == 0 ? classes : (int) atLeast[i];
            scores.add((int) y[i], (int) best[i], rank);
        }
    }

    @Override
    public Map<String, Double> metrics() {
        return scores.metrics();
    }
}
