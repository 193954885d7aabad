package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every planned run before the first epoch: its data loads and fits the spec (sensors, windows,
 * files), and its model fits in this machine's memory. All problems are collected and reported at
 * once, so a lab never trains for minutes and then stops on a run it could have refused at the start.
 * The data prepared here is the data the runs train on (the catalog keeps it).
 */
final class Preflight {

    private Preflight() {}

    /** Every problem of the plan, one line each (file, line or key, what to do); empty when all can run. */
    static List<String> problems(List<PlannedRun> plan, DataCatalog catalog, MemoryEstimate.Budget budget) {
        Set<String> problems = new LinkedHashSet<>(); // runs that share a spec share its problem: say it once
        Map<DatasetSpec, Optional<PreparedData>> data = new HashMap<>();
        Map<Path, SpecLines> lines = new HashMap<>();
        for (PlannedRun p : plan) {
            Path file = p.source().file();
            Optional<PreparedData> prepared = data.computeIfAbsent(p.spec().dataset(), spec -> {
                try {
                    return Optional.of(catalog.load(spec));
                } catch (RnnlabException e) {
                    problems.add(file + " (experiment " + p.spec().experiment() + "): " + e.getMessage());
                    return Optional.empty();
                }
            });
            if (prepared.isEmpty()) {
                continue;
            }
            ModelSpec model = p.spec().model();
            MemoryEstimate estimate = MemoryEstimate.of(
                    model,
                    p.spec().train(),
                    p.spec().dataset().window(),
                    prepared.get().shape(model));
            estimate.refusal(p.spec(), budget).ifPresent(why -> {
                String where = lines.computeIfAbsent(file, SpecLines::of).where(hiddenKey(p));
                problems.add(file + where + " (experiment " + p.spec().experiment() + "): " + why);
            });
        }
        return List.copyOf(problems);
    }

    /** Where the run's hidden size is written: its sweep value, or its entry under {@code models}. */
    private static String hiddenKey(PlannedRun p) {
        if (p.spec().sweep().containsKey("hidden")) {
            return "sweep.hidden";
        }
        List<ModelSpec> models = p.source().spec().models();
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).label().equals(p.spec().model().label())) {
                return "models[" + i + "].hidden";
            }
        }
        return "models";
    }
}
