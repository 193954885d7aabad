package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import java.util.List;
import java.util.Objects;

/**
 * One sentence on how the speeds the report compares were measured: by the timing pass (one job,
 * interleaved rounds) where the runs have one, otherwise during training, with how many runs trained
 * at once. Why it is said: speeds measured while several runs shared the cores are not comparable.
 */
final class TimingNote {

    private TimingNote() {}

    /** The sentence, or an empty string when there are no runs. */
    static String of(List<ArchivedRun> runs, Messages m) {
        List<ArchivedRun> timed = runs.stream().filter(r -> r.timing() != null).toList();
        int jobs = runs.stream()
                .map(r -> r.provenance().jobs())
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(1);
        StringBuilder text = new StringBuilder();
        if (!timed.isEmpty()) {
            text.append(m.get("timing.pass", timed.size(), timed.get(0).timing().rounds(), jobs));
        }
        int untimed = runs.size() - timed.size();
        if (untimed > 0) {
            text.append(text.length() == 0 ? "" : " ").append(m.get("timing.training", untimed, jobs));
        }
        return text.toString();
    }
}
