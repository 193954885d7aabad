package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import java.util.Map;
import java.util.TreeSet;

/**
 * The short keys that profiles and sweeps may set, and the section of the spec each lives in:
 * {@code lr} means {@code train.lr}, {@code hidden} means {@code hidden} of every model, and so on.
 */
enum ShortKeys {
    ;

    /** Section of a short key: {@code train}, {@code models}, {@code dataset}, or {@code ""} (top level). */
    static final Map<String, String> SECTION = Map.ofEntries(
            Map.entry("epochs", "train"), Map.entry("batch", "train"), Map.entry("optimizer", "train"),
            Map.entry("lr", "train"), Map.entry("clip", "train"), Map.entry("patience", "train"),
            Map.entry("hidden", "models"), Map.entry("layers", "models"), Map.entry("bidirectional", "models"),
            Map.entry("dropout", "models"), Map.entry("gru_form", "models"), Map.entry("embedding", "models"),
            Map.entry("window", "dataset"), Map.entry("horizon", "dataset"), Map.entry("limit_windows", "dataset"),
            Map.entry("sensors", "dataset"), Map.entry("gap_limit", "dataset"), Map.entry("min_count", "dataset"),
            Map.entry("train_fraction", "dataset"), Map.entry("time_features", "dataset"),
            Map.entry("category_features", "dataset"), Map.entry("val_fraction", "dataset"), Map.entry("seeds", ""));

    static String section(String file, String where, String key) {
        String section = SECTION.get(key);
        if (section == null) {
            throw RnnlabException.badInput(file + ": unknown key '" + key + "' in " + where + "; allowed: "
                    + String.join(", ", new TreeSet<>(SECTION.keySet())) + " (see experiments/README.md).");
        }
        return section;
    }
}
