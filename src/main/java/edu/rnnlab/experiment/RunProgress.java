package edu.rnnlab.experiment;

import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.train.TrainingListener;

/** What the runner tells its user interface (progress bars, log lines); the CLI implements it. */
public interface RunProgress {

    /** A run is about to train; the returned listener sees its epochs and batches. */
    default TrainingListener starting(RunSpec spec, String runId, int index, int total) {
        return new TrainingListener() {};
    }

    /** A run was found complete in the archive and skipped. */
    default void skipped(RunSpec spec, String runId, int index, int total) {}

    /** A run finished (completed or diverged) and was archived. */
    default void finished(RunSpec spec, RunSummary summary) {}

    /** A line of information for the user (e.g. which data an experiment uses). */
    default void info(String message) {}

    /** Silent progress, for tests and scripts. */
    RunProgress QUIET = new RunProgress() {};
}
