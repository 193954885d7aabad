package edu.rnnlab;

/**
 * The one exception a user ever sees. It carries a message written for a student (what was wrong,
 * where, and what to do) and the process exit code; the CLI prints the message, never a stack trace
 * unless {@code --stacktrace} is given.
 */
public final class RnnlabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Process exit codes, documented in {@code rnnlab --help}. */
    public enum Exit {
        /** Everything worked. */
        OK(0),
        /** An unexpected internal error (a bug): please report it with --stacktrace output. */
        INTERNAL(1),
        /** Bad input: a spec, option, data file or folder the user can fix. */
        BAD_INPUT(2),
        /** At least one run diverged or failed to train; the rest of the work was done. */
        RUN_FAILED(3),
        /** A verification found a run that did not reproduce. */
        NOT_REPRODUCED(4),
        /** The requested device (GPU) or engine is not available. */
        UNAVAILABLE(5),
        /** Interrupted by the user (Ctrl-C); finished runs are kept and a rerun resumes. */
        INTERRUPTED(130);

        private final int code;

        Exit(int code) {
            this.code = code;
        }

        /** The numeric process exit status. */
        public int code() {
            return code;
        }
    }

    private final Exit exit;

    /** A user-facing error with the given exit code. */
    public RnnlabException(Exit exit, String message) {
        super(message);
        this.exit = exit;
    }

    /** A user-facing error that keeps the technical cause for {@code --stacktrace}. */
    public RnnlabException(Exit exit, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
    }

    /** Shorthand for the most common case: input the user can fix (exit code 2). */
    public static RnnlabException badInput(String message) {
        return new RnnlabException(Exit.BAD_INPUT, message);
    }

    /** Shorthand for bad input with a technical cause kept for {@code --stacktrace}. */
    public static RnnlabException badInput(String message, Throwable cause) {
        return new RnnlabException(Exit.BAD_INPUT, message, cause);
    }

    /** The exit code category. */
    public Exit exit() {
        return exit;
    }
}
