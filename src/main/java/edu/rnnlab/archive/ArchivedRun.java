package edu.rnnlab.archive;

import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.nio.file.Path;
import java.util.List;

/** A run as read back from the archive; everything a report may show about it. */
public record ArchivedRun(
        Path dir,
        RunSpec spec,
        Provenance provenance,
        RunSummary summary,
        List<EpochRow> epochs,
        List<PredictionRow> predictions) {}
