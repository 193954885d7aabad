package edu.rnnlab.train;

import edu.rnnlab.run.EpochRow;

/** Observes a training run (progress bars, logs); all methods are optional. */
public interface TrainingListener {

    /** Called before the first batch of an epoch. */
    default void epochStarted(int epoch, int epochs, int batches) {}

    /** Called after each training batch with its loss and the epoch's running throughput. */
    default void batchFinished(int epoch, int batch, double loss, double throughput) {}

    /** Called when an epoch's rows (train and validation) are known. */
    default void epochFinished(EpochRow train, EpochRow validation) {}

    /** Called once when training stops (completed, diverged or stopped early). */
    default void runFinished() {}
}
