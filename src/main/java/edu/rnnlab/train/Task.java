package edu.rnnlab.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.util.List;

/**
 * What the training loop needs to know about a problem, and nothing about files: how many examples
 * each split has, how to build a batch from example indices, the loss, and how to score a split.
 * Implementations live next to the data they adapt ({@code experiment.task}).
 */
public interface Task {

    /** Number of examples in a split (0 when the split is absent). */
    int size(Split split);

    /** The batch of the given example indices of a split, with arrays created on {@code manager}. */
    Batch batch(NDManager manager, Split split, int[] indices);

    /** Input shapes of a batch of {@code batchSize} examples, used to initialise the model. */
    Shape[] inputShapes(int batchSize);

    /** The training loss (e.g. MSE on scaled values, softmax cross-entropy on logits). */
    Loss loss();

    /** A fresh accumulator of predictions over one split. */
    Evaluation newEvaluation(Split split);

    /** The metric names {@link Evaluation#metrics()} returns, in column order. */
    List<String> metricNames();

    /**
     * Whether training batches must come in order (a language model carrying its hidden state from one
     * batch to the next); shuffled otherwise.
     */
    default boolean sequential() {
        return false;
    }

    /** Called before each pass over a split (a training epoch or an evaluation), e.g. to reset carried state. */
    default void startPass(Split split) {}

    /**
     * Called after each forward pass with the model's outputs, inside the batch's scope. A stateful task
     * keeps detached copies of the final states for the next batch (they must outlive the batch:
     * {@code NDScope.unregister} them and attach them to the task's own manager).
     */
    default void afterForward(Split split, NDList predictions) {}

    /** What one example counts as in throughput figures: "samples" or "tokens". */
    default String throughputUnit() {
        return "samples";
    }

    /** Examples of throughput unit per example (e.g. tokens per sequence); 1 for samples. */
    default int unitsPerExample() {
        return 1;
    }
}
