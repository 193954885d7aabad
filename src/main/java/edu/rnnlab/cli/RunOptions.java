package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import java.util.Set;
import picocli.CommandLine.Option;

/** How much to run: profile, seeds. */
final class RunOptions {

    private static final Set<String> PROFILES = Set.of("quick", "standard", "full");

    @Option(names = "--profile", paramLabel = "quick|standard|full", defaultValue = "standard",
            description = "quick: about a minute in all; standard (default): meaningful numbers in minutes; full: longer.")
    String profile;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "First root seed; seed k of a configuration is N+k (default 1).")
    long seed;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per configuration (default: as each spec says).")
    Integer seeds;

    @Option(names = "--quiet", description = "No progress bars; one line per run.")
    boolean quiet;

    String profile() {
        if (!PROFILES.contains(profile)) {
            throw RnnlabException.badInput("--profile must be quick, standard or full (got '" + profile + "').");
        }
        if (seeds != null && seeds < 1) {
            throw RnnlabException.badInput("--seeds must be at least 1 (got " + seeds + ").");
        }
        return profile;
    }
}
