package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import picocli.CommandLine.Option;

/**
 * {@code --jobs N}: how many runs train at the same time. The default fills the machine's cores with
 * runs of one engine thread each ({@code cores / --threads}); on a GPU, one run at a time, because
 * runs would compete for the one device's memory.
 */
final class JobsOption {

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Runs trained at the same time, each in a worker process (default: cores / --threads; "
                    + "1 on a GPU). Results are the same for every N; only timings differ.")
    Integer jobs;

    /** The number of jobs for an engine with {@code threads} intra-op threads on {@code device}. */
    int resolve(int threads, String device) {
        if (jobs != null) {
            if (jobs < 1) {
                throw RnnlabException.badInput("--jobs must be at least 1 (got " + jobs + ").");
            }
            return jobs;
        }
        return device.equals("cpu") ? Math.max(1, Runtime.getRuntime().availableProcessors() / threads) : 1;
    }
}
