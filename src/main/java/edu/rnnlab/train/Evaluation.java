package edu.rnnlab.train;

import ai.djl.ndarray.NDList;
import java.util.Map;

/**
 * Collects a model's predictions over one split, batch by batch, and turns them into the task's
 * metrics. Implementations copy what they need to the JVM heap, so the batch's arrays can be closed.
 */
public interface Evaluation {

    /** Adds one batch: the model's predictions and the batch's labels. */
    void add(NDList predictions, NDList labels);

    /**
     * The task metrics over everything added, e.g. {@code rmse, mae, mape} (de-normalised) or
     * {@code acc1, acc5, acc10, mrr, macro_f1}. Keys are lower-case CSV column names.
     */
    Map<String, Double> metrics();
}
