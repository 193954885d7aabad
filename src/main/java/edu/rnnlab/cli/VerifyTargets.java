package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.Bundle;
import edu.rnnlab.archive.RunArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The runs {@code verify} is asked about: bundles (unpacked into a temporary folder, removed by
 * {@link #close()}), run folders, experiment folders or experiment ids, optionally a seeded random sample.
 */
final class VerifyTargets implements AutoCloseable {

    private final List<Path> unpacked = new ArrayList<>();
    private final List<ArchivedRun> runs = new ArrayList<>();
    private int found;

    /** Reads every run named by {@code arguments}; a damaged run or a bad name is exit 2 saying which. */
    VerifyTargets(List<String> arguments, Path archiveRoot) {
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (argument.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                runs.addAll(unpack(path));
            } else if (Files.isDirectory(path) || Files.isDirectory(archiveRoot.resolve(argument))) {
                runs.addAll(RunSelection.resolve(argument, archiveRoot).runs());
            } else {
                throw RnnlabException.badInput(
                        argument + " is not a bundle (.zip), a run folder or an experiment; pass a "
                                + "folder like reports/runs/<experiment>/<run-id>, an experiment id, or the zip of 'rnnlab archive'.");
            }
        }
        found = runs.size();
    }

    /** Keeps a random sample of {@code k} runs, drawn with {@code seed} (the same seed draws the same runs). */
    void sample(Integer k, long seed) {
        if (k == null || k >= runs.size()) {
            return;
        }
        if (k < 1) {
            throw RnnlabException.badInput("--sample must be at least 1 (got " + k + ").");
        }
        List<ArchivedRun> shuffled = new ArrayList<>(runs);
        Collections.shuffle(shuffled, new Random(seed));
        runs.clear();
        shuffled.subList(0, k).stream()
                .sorted(Comparator.comparing(r -> r.dir().toString()))
                .forEach(runs::add);
    }

    List<ArchivedRun> runs() {
        return runs;
    }

    /** How many runs the arguments named before sampling. */
    int found() {
        return found;
    }

    private List<ArchivedRun> unpack(Path zip) {
        try {
            Path dir = Files.createTempDirectory("rnnlab-verify-");
            unpacked.add(dir);
            List<ArchivedRun> inside = new RunArchive(Bundle.extract(zip, dir).resolve(Bundle.RUNS)).readAll();
            if (inside.isEmpty()) {
                throw RnnlabException.badInput(zip + " holds no archived runs.");
            }
            return inside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the unpacked bundles. */
    @Override
    public void close() {
        for (Path dir : unpacked) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a leftover temporary folder is harmless; the verdicts stand
            }
        }
    }
}
