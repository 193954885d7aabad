package edu.rnnlab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A region of a hand-written cell's source, quoted in the report as it was built: the build copies
 * {@code model/cell/*Cell.java} into the jar under {@code edu/rnnlab/report/source/} (see the pom), and
 * the region lies between the comment lines {@code // report:begin NAME} and {@code // report:end NAME}.
 * Quoting the source rather than a retyped copy means the report can never show code that does not run.
 */
final class SourceExcerpt {

    private static final String FOLDER = "/edu/rnnlab/report/source/";
    private static final String BEGIN = "// report:begin ";
    private static final String END = "// report:end ";

    private SourceExcerpt() {}

    /** The lines of region {@code name} in the packaged copy of {@code file} (e.g. {@code RnnCell.java}), dedented. */
    static List<String> of(String file, String name) {
        try (InputStream in = SourceExcerpt.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is missing from the jar; rebuild rnnlab.");
            }
            return region(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged source " + file, e);
        }
    }

    /**
     * The lines strictly between the begin and end markers of {@code name} in {@code source}, without
     * the indentation they share; exactly one such region must exist.
     */
    static List<String> region(String source, String name, String file) {
        List<String> lines = source.lines().toList();
        int begin = only(lines, BEGIN + name, file);
        int end = only(lines, END + name, file);
        if (end <= begin + 1) {
            throw new IllegalStateException(
                    "Region '" + name + "' of " + file + " is empty or its markers are reversed.");
        }
        List<String> region = lines.subList(begin + 1, end);
        int indent = region.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        List<String> out = new ArrayList<>();
        for (String l : region) {
            out.add(l.isBlank() ? "" : l.substring(indent).stripTrailing());
        }
        return List.copyOf(out);
    }

    private static int only(List<String> lines, String marker, String file) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                if (found >= 0) {
                    throw new IllegalStateException(file + " has the marker '" + marker + "' twice.");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException(file + " has no marker '" + marker + "'; the report quotes that region.");
        }
        return found;
    }
}
