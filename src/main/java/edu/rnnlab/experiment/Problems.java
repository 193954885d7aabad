package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import java.util.List;

/** One bad-input error listing every problem found, so a student fixes them all in one go. */
final class Problems {

    private Problems() {}

    /** A single problem as itself; several as a numbered list under a count of {@code what}s. */
    static RnnlabException of(List<String> problems, String what) {
        if (problems.size() == 1) {
            return RnnlabException.badInput(problems.get(0));
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems in " + what + "s; nothing was trained:");
        for (int i = 0; i < problems.size(); i++) {
            text.append(System.lineSeparator())
                    .append("  ")
                    .append(i + 1)
                    .append(". ")
                    .append(problems.get(i));
        }
        return RnnlabException.badInput(text.toString());
    }
}
