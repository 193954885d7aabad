package edu.rnnlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;

/**
 * One training step, the same for the training loop and the timing pass: a batch on its own
 * sub-manager and scope, forward, loss, backward, the loss read back, global-norm clipping and the
 * optimiser step.
 */
final class TrainStep {

    private TrainStep() {}

    /** Runs the step on the training examples {@code indices}; returns the batch's mean loss (not stepped if not finite). */
    @SuppressWarnings("try") // the NDScope is a region marker: it frees what the step created when closed
    static double run(Trainer trainer, Task task, ParameterList parameters, double clip, int[] indices) {
        double value;
        try (NDManager manager = trainer.getManager().newSubManager()) {
            try (NDScope scope = new NDScope()) {
                Batch batch = task.batch(manager, Split.TRAIN, indices);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDList predictions = trainer.forward(batch.inputs(), batch.labels());
                    task.afterForward(Split.TRAIN, predictions);
                    NDArray loss = trainer.getLoss().evaluate(batch.labels(), predictions);
                    collector.backward(loss);
                    value = loss.getFloat();
                }
                if (!Double.isFinite(value)) {
                    return value;
                }
                GradientClipping.clip(parameters, clip, manager);
            }
            // Outside the scope: the optimiser creates its state arrays on the first step and keeps them.
            trainer.step();
        }
        return value;
    }
}
