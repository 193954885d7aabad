package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.experiment.Overrides;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** How much to run: profile, seeds, and command-line overrides of the specs. */
final class RunOptions {

    /** The profiles every spec knows; typed so that help and shell completion list them. */
    enum Profile {
        QUICK,
        STANDARD,
        FULL;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(
            names = "--profile",
            defaultValue = "standard",
            description = "${COMPLETION-CANDIDATES}. quick: about a minute in all; standard (default): meaningful "
                    + "numbers in minutes; full: longer.")
    Profile profile;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "First root seed; seed k of a configuration is N+k (default 1).")
    long seed;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per configuration (default: as each spec says).")
    Integer seeds;

    @Option(names = "--quiet", description = "No progress bars; one line per run.")
    boolean quiet;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a spec setting for every planned run (repeatable): a short key as profiles use "
                    + "(hidden, lr, epochs, window, ...), train.KEY, dataset.KEY or models[i].KEY. Part of the run id.")
    List<String> set = new ArrayList<>();

    private Overrides overrides;

    String profile() {
        if (seeds != null && seeds < 1) {
            throw RnnlabException.badInput("--seeds must be at least 1 (got " + seeds + ").");
        }
        return profile.toString();
    }

    /** The {@code --set} overrides, parsed once. */
    Overrides overrides() {
        if (overrides == null) {
            overrides = Overrides.parse(set);
        }
        return overrides;
    }
}
