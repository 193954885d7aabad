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

    /** The whole invocation's progress changed: a run started, advanced or ended. */
    default void lab(LabStatus status) {}

    /** A run could not finish (an error in it, or its worker process died); the other runs go on. */
    default void failed(RunSpec spec, String runId, String message) {}

    /**
     * Where an invocation stands.
     *
     * @param done       runs ended (archived or failed)
     * @param total      runs to train in this invocation (archived runs it skips are not counted)
     * @param running    runs training now
     * @param etaSeconds estimated seconds left, NaN until something was measured
     */
    record LabStatus(int done, int total, int running, double etaSeconds) {}

    /** Silent progress, for tests and scripts. */
    RunProgress QUIET = new RunProgress() {};
}
