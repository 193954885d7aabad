package edu.rnnlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import edu.rnnlab.metric.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** Scores a model on a whole split in large inference batches, without gradients. */
final class SplitEvaluator {

    static final int EVAL_BATCH = 2048;

    private SplitEvaluator() {}

    /** The split's mean loss (key {@code loss}) and task metrics; the evaluation is returned in {@code sink}. */
    @SuppressWarnings("try") // the NDScope is a region marker: it frees what the batch created when closed
    static Map<String, Double> evaluate(
            Block block, Task task, Split split, NDManager parent, Evaluation[] sink, int batchSize) {
        Evaluation evaluation = task.newEvaluation(split);
        int n = task.size(split);
        double lossSum = 0;
        task.startPass(split);
        int step = task.sequential() ? batchSize : EVAL_BATCH;
        for (int from = 0; from < n; from += step) {
            int[] indices = IntStream.range(from, Math.min(n, from + step)).toArray();
            try (NDManager manager = parent.newSubManager();
                    NDScope scope = new NDScope()) {
                Batch batch = task.batch(manager, split, indices);
                NDList predictions = block.forward(new ParameterStore(manager, false), batch.inputs(), false);
                task.afterForward(split, predictions);
                NDArray loss = task.loss().evaluate(batch.labels(), predictions);
                lossSum += loss.getFloat() * (double) batch.size();
                evaluation.add(predictions, batch.labels());
            }
        }
        if (sink != null) {
            sink[0] = evaluation;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(Metric.LOSS.key(), n == 0 ? Double.NaN : lossSum / n);
        metrics.putAll(evaluation.metrics());
        return metrics;
    }
}
