package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.RunSpec;

/**
 * The base value of a swept key: the one held fixed while the other keys of the experiment are swept,
 * read from the spec of a run that does not sweep this key (the planner changes one key at a time
 * from the base settings, so every such run carries the base value).
 */
final class SweepBase {

    private SweepBase() {}

    /** The base value as the tables print swept values, or null when no run of another key shows it. */
    static String text(ExperimentRuns e, String key) {
        for (ArchivedRun r : e.runs()) {
            if (!r.spec().sweep().isEmpty() && !r.spec().sweep().containsKey(key)) {
                Object v = value(r.spec(), key);
                return v == null ? null : SweepValues.text(v);
            }
        }
        return null;
    }

    /** The setting of a short key in a spec (the keys a sweep may vary), or null for another key. */
    private static Object value(RunSpec s, String key) {
        return switch (key) {
            case "hidden" -> s.model().hidden();
            case "layers" -> s.model().layers();
            case "bidirectional" -> s.model().bidirectional();
            case "dropout" -> s.model().dropout();
            case "embedding" -> s.model().embedding();
            case "lr" -> s.train().lr();
            case "batch" -> s.train().batch();
            case "epochs" -> s.train().epochs();
            case "clip" -> s.train().clip();
            case "window" -> s.dataset().window();
            case "horizon" -> s.dataset().horizon();
            case "inputs" -> s.dataset().inputs() == null
                    ? java.util.List.of()
                    : s.dataset().inputs();
            default -> null;
        };
    }
}
