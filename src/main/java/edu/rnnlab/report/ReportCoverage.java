package edu.rnnlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lab items (and extras, as 0) the report in a folder covers, kept in {@code report-items.json}
 * beside it, so a narrower report (after {@code rnnlab run rnn-scratch} replaced the plan) never
 * silently replaces a fuller one: the new report and the console say which items it left out.
 */
final class ReportCoverage {

    static final String FILE = "report-items.json";

    private ReportCoverage() {}

    /** The items the report about to be written covers: every lab item (or 0 for extras) with runs. */
    static Set<Integer> of(List<ExperimentRuns> experiments) {
        Set<Integer> items = new TreeSet<>();
        experiments.forEach(e -> items.add(e.item() >= 1 && e.item() <= 7 ? e.item() : 0));
        return items;
    }

    /** The items of the report already in {@code folder}, or none (no report, or one from before this file). */
    static Set<Integer> previous(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            return new TreeSet<>(List.of(new ObjectMapper().readValue(file.toFile(), Integer[].class)));
        } catch (IOException unreadable) {
            return Set.of(); // a damaged record only loses the warning, never the report
        }
    }

    /** The items of {@code before} that {@code now} lacks. */
    static Set<Integer> dropped(Set<Integer> before, Set<Integer> now) {
        Set<Integer> out = new TreeSet<>(before);
        out.removeAll(now);
        return out;
    }

    static Path write(Path folder, Set<Integer> items) throws IOException {
        return AtomicFile.writeString(folder.resolve(FILE), new ObjectMapper().writeValueAsString(items) + "\n");
    }
}
