package edu.rnnlab.experiment;

import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.TrainSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file of the registry ({@code experiments/*.yaml}): a lab item's data, models and training,
 * how many seeds, optional one-at-a-time sweeps and per-profile overrides. Every key is documented
 * with its default in {@code experiments/README.md}.
 *
 * @param id          unique experiment id (also the archive folder name)
 * @param item        lab item 1-7, or 0 for extras
 * @param title       display title per language ({@code en}, {@code zh})
 * @param description one or two sentences for the report: what the experiment shows
 * @param dataset     the data
 * @param models      one or more models trained on the same data and settings
 * @param train       training settings shared by all models
 * @param seeds       number of seeds per configuration (default 1)
 * @param sweep       short key -> values; each key is swept one at a time from the base settings
 * @param profiles    profile name (quick, full) -> short key -> value overrides; standard is the base
 */
public record ExperimentSpec(
        String id,
        Integer item,
        Map<String, String> title,
        String description,
        DatasetSpec dataset,
        List<ModelSpec> models,
        TrainSpec train,
        Integer seeds,
        Map<String, List<Object>> sweep,
        Map<String, Map<String, Object>> profiles) {

    /** Fills defaults; ids, items and models are checked by the loader. */
    public ExperimentSpec {
        item = item == null ? 0 : item;
        title = title == null
                ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(title)); // sorted: spec.yaml is the same every run
        description = description == null ? "" : description;
        dataset = dataset == null ? DatasetSpec.of(edu.rnnlab.run.DatasetKind.AIRQUALITY) : dataset;
        models = models == null ? List.of() : List.copyOf(models);
        train = train == null ? new TrainSpec(null, null, null, null, null, null) : train;
        seeds = seeds == null ? 1 : seeds;
        sweep = sweep == null ? Map.of() : sweep;
        profiles = profiles == null ? Map.of() : profiles;
    }
}
