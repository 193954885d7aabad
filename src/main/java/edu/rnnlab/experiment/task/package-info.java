/**
 * Adapters from prepared datasets to the training loop's {@link edu.rnnlab.train.Task}: batches as the
 * models expect them, the loss, and evaluations that turn predictions into the report's metrics; plus
 * the baselines each result table is read against.
 */
package edu.rnnlab.experiment.task;
