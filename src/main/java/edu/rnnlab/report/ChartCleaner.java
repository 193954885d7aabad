package edu.rnnlab.report;

import edu.rnnlab.report.chart.ChartName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes the figures of a previous build from {@code charts/} once a new build has written its own,
 * so a report with fewer figures than last time does not leave stale files that look current. It
 * runs after the new report is in place (a failed build keeps every old figure). Only files this
 * builder writes (named by {@link ChartName}, or the older {@code figure-N.svg|png}) are touched.
 */
final class ChartCleaner {

    private ChartCleaner() {}

    /** Deletes the figure files in {@code charts} that are not in {@code keep}. */
    static void removeStale(Path charts, List<Path> keep) throws IOException {
        Set<Path> current = Set.copyOf(
                keep.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        for (Path p : list(charts)) {
            if (!current.contains(p.toAbsolutePath().normalize())) {
                Files.delete(p);
            }
        }
    }

    /** The figure files in {@code charts}, sorted. */
    static List<Path> list(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(p -> ChartName.isChartFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}
