package edu.rnnlab.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.TrainSpec;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The short keys that profiles and sweeps may set, and the section of the spec each lives in:
 * {@code lr} means {@code train.lr}, {@code hidden} means {@code hidden} of every model, and so on.
 * Derived from the spec records themselves (their components, in the archive's snake_case), so a key
 * added to a record can be profiled and swept at once; only the keys that say what a model or dataset
 * is, rather than how it is set up, are left out.
 */
enum ShortKeys {
    ;

    /** Keys that identify a model or a dataset: changing them in a profile or sweep would be a different experiment. */
    private static final Set<String> IDENTITY = Set.of("cell", "impl", "label", "kind");

    /** Section of a short key: {@code train}, {@code models}, {@code dataset}, or {@code ""} (top level). */
    static final Map<String, String> SECTION = sections();

    static String section(String file, String where, String key) {
        String section = SECTION.get(key);
        if (section == null) {
            throw RnnlabException.badInput(file + ": unknown key '" + key + "' in " + where + "; allowed: "
                    + String.join(", ", SECTION.keySet()) + " (see experiments/README.md).");
        }
        return section;
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new TreeMap<>();
        add(sections, TrainSpec.class, "train");
        add(sections, ModelSpec.class, "models");
        add(sections, DatasetSpec.class, "dataset");
        sections.put("seeds", "");
        return sections;
    }

    private static void add(Map<String, String> sections, Class<? extends Record> record, String section) {
        PropertyNamingStrategies.SnakeCaseStrategy snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        for (RecordComponent c : record.getRecordComponents()) {
            String key = snake.translate(c.getName());
            if (!IDENTITY.contains(key) && sections.putIfAbsent(key, section) != null) {
                throw new IllegalStateException("short key '" + key + "' is in two sections; give it a full path");
            }
        }
    }
}
