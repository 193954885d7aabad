package edu.rnnlab.bench;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;

/**
 * One measured cell on one shape.
 *
 * @param cell       the recurrent cell
 * @param impl       hand-written (scratch) or library
 * @param shape      the workload's name, e.g. "regression" or "language-model"
 * @param unit       what throughput counts: "samples" or "tokens"
 * @param throughput units per second at the median repeat, training (forward, backward, optimiser step)
 * @param msPerBatch median milliseconds per training batch over the repeats
 * @param msMin      fastest repeat's milliseconds per batch
 * @param msMax      slowest repeat's milliseconds per batch
 * @param repeats    timed repeats (each of {@code batches} batches), interleaved with the library twin's
 * @param batches    training batches per repeat
 * @param ratio      throughput divided by the library cell's on the same shape (1 for the library), from the medians
 */
public record BenchResult(
        CellType cell,
        Implementation impl,
        String shape,
        String unit,
        double throughput,
        double msPerBatch,
        double msMin,
        double msMax,
        int repeats,
        int batches,
        double ratio) {

    /** Throughput of the slowest repeat. */
    public double throughputMin() {
        return throughput * msPerBatch / msMax;
    }

    /** Throughput of the fastest repeat. */
    public double throughputMax() {
        return throughput * msPerBatch / msMin;
    }
}
