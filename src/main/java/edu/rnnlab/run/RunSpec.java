package edu.rnnlab.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fully resolved run: everything needed to repeat it, every default written out. Stored as
 * {@code spec.yaml}; its hash (without the seed) identifies the configuration, and the run id is
 * derived from hash and seed so a rerun finds a finished run and skips it.
 *
 * @param experiment experiment id, e.g. {@code rnn-scratch}
 * @param item       lab item 1-7, or 0 for extras
 * @param title      experiment title per language ({@code en}, {@code zh})
 * @param dataset    data and preparation
 * @param model      the model
 * @param train      training settings
 * @param seed       the root seed (weights, shuffling, dropout all derive from it)
 * @param profile    quick | standard | full
 * @param sweep      the swept keys and their values for this run (empty when not a sweep)
 * @param overrides  the {@code --set} keys and values given on the command line (empty when none;
 *                   absent from {@code spec.yaml} then, as in archives written before overrides existed)
 */
public record RunSpec(
        String experiment,
        int item,
        Map<String, String> title,
        DatasetSpec dataset,
        ModelSpec model,
        TrainSpec train,
        long seed,
        String profile,
        Map<String, Object> sweep,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> overrides) {

    /**
     * Copies the maps so the record is immutable. The title is kept sorted by language: {@code Map.copyOf}
     * iterates in an order salted per JVM, so {@code spec.yaml} written by a worker process listed
     * {@code en} and {@code zh} in another order than the invoking process (found comparing the archives
     * of {@code lab --jobs 1} and {@code --jobs 2}).
     */
    public RunSpec {
        title = title == null
                ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(title)); // sorted: spec.yaml is the same every run
        sweep = sweep == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sweep));
        overrides = overrides == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }
}
