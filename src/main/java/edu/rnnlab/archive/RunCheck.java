package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the archive holds for one run folder. A run counts as finished only when every file it needs
 * is present and parses ({@link RunReader} decides), so a run with a missing or truncated file is
 * {@link State#DAMAGED}, named with its path and the reason, and trained again by the next run.
 *
 * @param dir    the run folder
 * @param state  what was found
 * @param damage for a damaged run: which file and what is wrong with it; empty otherwise
 */
public record RunCheck(Path dir, State state, String damage) {

    /** The state of a run folder. */
    public enum State {
        /** No folder: the run was never archived. */
        ABSENT,
        /** Complete, readable, and trained to the end: a rerun skips it. */
        COMPLETED,
        /** Complete and readable but diverged or interrupted: a rerun tries again. */
        UNFINISHED,
        /** A needed file is missing or does not parse: a rerun trains it again. */
        DAMAGED
    }

    /** Examines {@code dir}. */
    static RunCheck of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new RunCheck(dir, State.ABSENT, "");
        }
        try {
            ArchivedRun run = RunReader.read(dir);
            return new RunCheck(
                    dir, run.summary().status() == RunStatus.COMPLETED ? State.COMPLETED : State.UNFINISHED, "");
        } catch (RnnlabException e) {
            return new RunCheck(dir, State.DAMAGED, e.getMessage());
        }
    }
}
