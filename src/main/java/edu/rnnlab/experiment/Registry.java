package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The experiment registry: every {@code *.yaml} in the experiments folder, loaded strictly (unknown
 * keys and bad values are errors naming the file, line and key), in file-name order.
 */
public final class Registry {

    private final Map<String, LoadedSpec> specs;

    private Registry(Map<String, LoadedSpec> specs) {
        this.specs = specs;
    }

    /** A spec together with its file and raw tree (profiles and sweeps are applied to the tree). */
    public record LoadedSpec(Path file, ObjectNode tree, ExperimentSpec spec) {}

    /**
     * The student's title-block details ({@code student}, {@code student_id}, {@code course}) beside
     * the specs: read by the report commands, never a spec.
     */
    public static final String DETAILS_FILE = "report.yaml";

    /** Loads every spec of the folder (except {@link #DETAILS_FILE}). */
    public static Registry load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw RnnlabException.badInput("Experiment folder " + folder + " does not exist; run from the rnnlab "
                    + "folder or pass --experiments.");
        }
        Map<String, LoadedSpec> specs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(DETAILS_FILE))
                    .sorted()
                    .toList()) {
                try {
                    LoadedSpec loaded = loadFile(file);
                    LoadedSpec previous = specs.put(loaded.spec().id(), loaded);
                    if (previous != null) {
                        throw RnnlabException.badInput(
                                file + ": id '" + loaded.spec().id() + "' is already used by "
                                        + previous.file().getFileName() + "; every experiment needs its own id.");
                    }
                } catch (RnnlabException e) {
                    problems.add(e.getMessage()); // every bad file at once, not one per attempt
                }
            }
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + folder + " (" + e.getMessage() + ").", e);
        }
        if (!problems.isEmpty()) {
            throw Problems.of(problems, "experiment spec");
        }
        if (specs.isEmpty()) {
            throw RnnlabException.badInput("No experiment spec (*.yaml) in " + folder + ".");
        }
        return new Registry(specs);
    }

    static LoadedSpec loadFile(Path file) {
        try {
            JsonNode tree = ArchiveFormat.yaml().readTree(file.toFile());
            if (!(tree instanceof ObjectNode object)) {
                throw RnnlabException.badInput(
                        file + ": expected a mapping of keys (id, item, dataset, models, train, ...).");
            }
            ExperimentSpec spec = SpecBinder.bind(file, object, SpecLines.of(file));
            return new LoadedSpec(file, object, spec);
        } catch (JsonProcessingException e) {
            throw SpecErrors.of(file, e);
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** Every spec in registry order. */
    public List<LoadedSpec> all() {
        return new ArrayList<>(specs.values());
    }

    /** The specs with the given ids, in the order given; an unknown id is an error listing the known ones. */
    public List<LoadedSpec> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return all();
        }
        List<LoadedSpec> selected = new ArrayList<>();
        for (String id : ids) {
            LoadedSpec spec = specs.get(id);
            if (spec == null) {
                throw RnnlabException.badInput("Unknown experiment '" + id + "'; known: "
                        + String.join(", ", specs.keySet()) + " (rnnlab list).");
            }
            selected.add(spec);
        }
        return selected;
    }
}
