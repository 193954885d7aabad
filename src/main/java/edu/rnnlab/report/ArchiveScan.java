package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every finished run folder of the archive, one at a time, so that a single unreadable run
 * (a missing, hand-edited or truncated file) becomes a note naming its folder in the report instead of
 * stopping it.
 *
 * @param runs     the runs that could be read
 * @param problems one line per run folder that could not be read
 */
record ArchiveScan(List<ArchivedRun> runs, List<String> problems) {

    /** Run folders being written are staged under this prefix and are not runs yet. */
    private static final String STAGING_PREFIX = ".staging-";

    static ArchiveScan of(RunArchive archive) {
        List<ArchivedRun> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : runDirs(archive.root())) {
            try {
                runs.add(archive.read(dir));
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        return new ArchiveScan(runs, problems);
    }

    private static List<Path> runDirs(Path root) {
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return dirs;
        }
        try (Stream<Path> experiments = Files.list(root)) {
            for (Path experiment :
                    experiments.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> children = Files.list(experiment)) {
                    // Every run folder, not only those with a summary: one missing its summary is damaged, and named.
                    children.filter(Files::isDirectory)
                            .filter(p -> !p.getFileName().toString().startsWith(STAGING_PREFIX))
                            .sorted()
                            .forEach(dirs::add);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot list the run archive " + root, e);
        }
        return dirs;
    }
}
