package edu.rnnlab.experiment.bench;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;

/**
 * One measured cell on one shape.
 *
 * @param cell       the recurrent cell
 * @param impl       hand-written (scratch) or library
 * @param shape      the workload's name, e.g. "regression" or "language-model"
 * @param unit       what throughput counts: "samples" or "tokens"
 * @param throughput units per second, training (forward, backward, optimiser step)
 * @param msPerBatch median milliseconds per training batch
 * @param ratio      throughput divided by the library cell's on the same shape (1 for the library)
 */
public record BenchResult(
        CellType cell, Implementation impl, String shape, String unit, double throughput, double msPerBatch,
        double ratio) {}
