package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run archive rooted at {@code reports/runs}: where runs live, whether a run is finished, and
 * reading runs back. Writing goes through {@link RunWriter}, which stages a run and renames it into
 * place only when every file is written.
 */
public final class RunArchive {

    static final String SPEC = "spec.yaml";
    static final String PROVENANCE = "provenance.json";
    static final String METRICS = "metrics.csv";
    static final String SUMMARY = "summary.json";
    static final String PREDICTIONS = "predictions.csv";
    static final String TIMING = "timing.json";
    private static final String STAGING_PREFIX = ".staging-";

    private final Path root;

    /** An archive rooted at the given folder (created on first write). */
    public RunArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The archive's root folder. */
    public Path root() {
        return root;
    }

    /** The folder of a run. */
    public Path runDir(String experiment, String runId) {
        return root.resolve(experiment).resolve(runId);
    }

    /** Whether a run with this id finished, was archived as completed, and every file of it reads back. */
    public boolean isCompleted(String experiment, String runId) {
        return check(experiment, runId).state() == RunCheck.State.COMPLETED;
    }

    /** What the archive holds for a run: absent, completed, unfinished, or damaged (with why). */
    public RunCheck check(String experiment, String runId) {
        return RunCheck.of(runDir(experiment, runId));
    }

    /**
     * Starts writing a run; nothing is visible in the archive until {@link RunWriter#commit()}. The
     * staging folder's name is unique to this process and call, and it is created with the default
     * permissions (the umask applies), so the committed run is as readable as any output folder.
     */
    public RunWriter begin(String experiment, String runId) {
        Path dir = runDir(experiment, runId);
        try {
            Files.createDirectories(dir.getParent());
            // Only one process writes an archive at a time (ReportsLock), so any staging folder of this
            // run is a leftover of a killed process.
            removeLeftovers(dir.getParent(), STAGING_PREFIX + runId + "-");
            Path staging =
                    Files.createDirectory(dir.resolveSibling(STAGING_PREFIX + runId + "-" + AtomicFile.uniqueSuffix()));
            return new RunWriter(staging, dir);
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write the run archive under " + dir.getParent() + " (" + e
                            + "); check that the folder is writable and the disk has free space, or pass --reports.",
                    e);
        }
    }

    /** Staging folders of this run left by a killed process: never a finished run, safe to delete. */
    private static void removeLeftovers(Path experimentDir, String prefix) throws IOException {
        try (Stream<Path> children = Files.list(experimentDir)) {
            for (Path leftover : children.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                RunWriter.deleteTree(leftover);
            }
        }
    }

    /** Every archived run of every experiment, sorted by experiment and run id. */
    public List<ArchivedRun> readAll() {
        List<ArchivedRun> runs = new ArrayList<>();
        for (Path dir : runDirs()) {
            runs.add(read(dir));
        }
        return runs;
    }

    /** Every archived run of one experiment. */
    public List<ArchivedRun> readExperiment(String experiment) {
        return readAll().stream()
                .filter(r -> r.spec().experiment().equals(experiment))
                .toList();
    }

    /** Adds (or replaces) the timing pass's measurement of an archived run, atomically. */
    public void writeTiming(String experiment, String runId, RunTiming timing) {
        try {
            AtomicFile.writeString(
                    runDir(experiment, runId).resolve(TIMING),
                    ArchiveFormat.json().writeValueAsString(timing));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one run folder. */
    public ArchivedRun read(Path dir) {
        return RunReader.read(dir);
    }

    /** The folders of archived runs (those with a summary), sorted; staging folders excluded. */
    List<Path> runDirs() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> experiments = Files.list(root)) {
            List<Path> dirs = new ArrayList<>();
            for (Path experiment :
                    experiments.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> runs = Files.list(experiment)) {
                    runs.filter(p -> Files.isRegularFile(p.resolve(SUMMARY)))
                            .filter(p -> !p.getFileName().toString().startsWith(STAGING_PREFIX))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(dirs::add);
                }
            }
            return dirs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
