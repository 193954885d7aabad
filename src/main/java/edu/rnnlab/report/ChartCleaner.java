package edu.rnnlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the figures of a previous build from {@code charts/} before a new build, so a report with
 * fewer figures than last time does not leave stale files that look current. Only files this
 * builder writes ({@code figure-N.svg|png}) are touched.
 */
final class ChartCleaner {

    private ChartCleaner() {}

    static void clean(Path charts) throws IOException {
        for (Path p : list(charts)) {
            Files.delete(p);
        }
    }

    /** The figure files in {@code charts}, sorted. */
    static List<Path> list(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(p -> p.getFileName().toString().matches("figure-\\d+\\.(svg|png)")).sorted().toList();
        }
    }
}
