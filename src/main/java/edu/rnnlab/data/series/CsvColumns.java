package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of a {@code kind: csv} file a spec uses, by header name (exact, then ignoring case):
 * the time column, then the target and the inputs ({@link #used()}, target first).
 *
 * @param time     index of the time column
 * @param timeName its header name
 * @param used     indices of the target and the input columns, target first
 * @param names    their header names, in the same order
 */
record CsvColumns(int time, String timeName, List<Integer> used, List<String> names) {

    static CsvColumns of(Path file, List<String> header, DatasetSpec spec) {
        int time = spec.timeColumn() == null || spec.timeColumn().isBlank()
                ? 0
                : index(file, header, spec.timeColumn(), "dataset.time_column");
        List<Integer> inputs = new ArrayList<>();
        for (String input : spec.inputs()) {
            inputs.add(index(file, header, input, "dataset.inputs"));
        }
        int target = spec.feature() == null || spec.feature().isBlank()
                ? firstFree(file, header, time, inputs)
                : index(file, header, spec.feature(), "dataset.feature");
        List<Integer> used = new ArrayList<>();
        used.add(target);
        used.addAll(inputs);
        if (used.contains(time) || used.stream().distinct().count() < used.size()) {
            throw RnnlabException.badInput(file + ": the time column '" + header.get(time) + "', the target '"
                    + header.get(target) + "' (dataset.feature) and the inputs " + spec.inputs()
                    + " (dataset.inputs) must be different columns.");
        }
        return new CsvColumns(
                time,
                header.get(time),
                List.copyOf(used),
                used.stream().map(header::get).toList());
    }

    /** How many fields a row needs to hold every used column. */
    int needed() {
        int max = time;
        for (int u : used) {
            max = Math.max(max, u);
        }
        return max + 1;
    }

    /** The name of the right-most used column, for a message about short rows. */
    String lastNeeded() {
        int last = needed() - 1;
        return last == time ? timeName : names.get(used.indexOf(last));
    }

    private static int index(Path file, List<String> header, String name, String key) {
        String n = name.strip();
        int exact = header.indexOf(n);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(n)) {
                return i;
            }
        }
        throw RnnlabException.badInput(
                file + " line 1: no column '" + n + "' (" + key + "); the columns are " + quoted(header) + ".");
    }

    private static int firstFree(Path file, List<String> header, int time, List<Integer> inputs) {
        for (int i = 0; i < header.size(); i++) {
            if (i != time && !inputs.contains(i)) {
                return i;
            }
        }
        throw RnnlabException.badInput(file + " line 1: no column is left for the target beside the time column; "
                + "the columns are " + quoted(header) + ".");
    }

    private static String quoted(List<String> header) {
        return String.join(", ", header.stream().map(h -> "'" + h + "'").toList());
    }
}
