package edu.rnnlab.archive;

import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * A run as read back from the archive; everything a report may show about it.
 *
 * @param timing the timing pass's measurement, or null when the run has none (archived before the
 *               timing pass existed)
 */
public record ArchivedRun(
        Path dir,
        RunSpec spec,
        Provenance provenance,
        RunSummary summary,
        List<EpochRow> epochs,
        List<PredictionRow> predictions,
        RunTiming timing) {

    /** The run's training throughput for comparisons: the timing pass's where measured, else the training's own. */
    public double comparedThroughput() {
        return timing != null ? timing.throughput() : summary.throughput();
    }

    /** Seconds per training epoch for comparisons, from the same source as {@link #comparedThroughput()}. */
    public double comparedSecondsPerEpoch() {
        return timing != null ? timing.secondsPerEpoch() : summary.secondsPerEpoch();
    }
}
