package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.run.RunPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plans in an archive folder, one file per profile ({@code plan-quick.json}, ...), written atomically
 * next to the experiments' folders.
 */
public final class PlanStore {

    private static final String PREFIX = "plan-";
    private static final String SUFFIX = ".json";

    private final Path root;

    /** The plans of the archive at {@code root} (e.g. {@code reports/runs}). */
    public PlanStore(Path root) {
        this.root = root;
    }

    /** Writes {@code plan}, replacing the plan of its profile. */
    public void write(RunPlan plan) {
        Path file = root.resolve(PREFIX + plan.profile() + SUFFIX);
        try {
            Files.createDirectories(root);
            AtomicFile.writeString(file, ArchiveFormat.json().writeValueAsString(plan));
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Could not write the plan " + file + ": " + e.getMessage()
                            + ". Check that the reports folder is writable and the disk has space.",
                    e);
        }
    }

    /** The plan of a profile, if one was written. */
    public Optional<RunPlan> read(String profile) {
        Path file = root.resolve(PREFIX + profile + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArchiveFormat.json().readValue(file.toFile(), RunPlan.class));
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "The plan " + file + " is damaged (" + e.getMessage() + "). Rerun "
                            + "'./rnnlab lab' with the same profile to write it again (finished runs are skipped).",
                    e);
        }
    }

    /** The most recently written plan of any profile. */
    public Optional<RunPlan> latest() {
        return profiles().stream()
                .map(this::read)
                .flatMap(Optional::stream)
                .max(Comparator.comparing(RunPlan::writtenAt));
    }

    /** The profiles that have a plan, for messages. */
    public List<String> profiles() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .map(n -> n.substring(PREFIX.length(), n.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
