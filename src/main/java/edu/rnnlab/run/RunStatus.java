package edu.rnnlab.run;

/** How a run ended. Only {@code COMPLETED} runs are skipped on a rerun. */
public enum RunStatus {
    /** Trained all epochs (or stopped early by patience); test scored at the selected epoch. */
    COMPLETED,
    /** The loss became NaN or infinite; see the summary's message for what to try. */
    DIVERGED,
    /** Stopped by the user or an error before finishing. */
    INTERRUPTED
}
