package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;

/**
 * A run this invocation trained (or tried to): what the lab's closing summary needs.
 *
 * @param spec    the run
 * @param runId   its archive id
 * @param status  completed or diverged as archived; null when it failed
 * @param times   where its wall time went (zeros when it failed)
 * @param failure why it failed (an exception in its process, or the process dying), or null
 * @param exitCode for a failed run, the exit code its error stands for (e.g. 5 for a refused library
 *                 kernel, 1 for a bug); 0 otherwise
 */
public record TrainedRun(RunSpec spec, String runId, RunStatus status, RunTimes times, String failure, int exitCode) {

    /** A run that could not finish. */
    static TrainedRun failed(RunSpec spec, String runId, String failure, int exitCode) {
        return new TrainedRun(spec, runId, null, new RunTimes(0, 0, 0, 0), failure, exitCode);
    }

    /** The exit code an error in a run stands for. */
    static int exitCodeOf(Throwable e) {
        return e instanceof RnnlabException r ? r.exit().code() : RnnlabException.Exit.INTERNAL.code();
    }

    /** An error in words: a user-facing error's message, otherwise the exception itself. */
    static String describe(Throwable e) {
        return e instanceof RnnlabException ? e.getMessage() : String.valueOf(e);
    }

    /** Whether the run finished and was archived (completed or diverged). */
    public boolean archived() {
        return failure == null;
    }
}
