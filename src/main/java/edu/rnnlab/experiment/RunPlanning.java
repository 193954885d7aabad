package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.RunSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Every run of a list of experiment specs, with ids. One place, because the invoking process and its
 * worker processes must plan identically: a worker finds the run it is asked for by its id.
 */
final class RunPlanning {

    private RunPlanning() {}

    /**
     * Every run of the specs; experiments whose data is unavailable are left out with a note. A spec
     * that cannot be planned (a bad profile or sweep value) is an error, listed with all the others.
     */
    static List<PlannedRun> of(
            List<Registry.LoadedSpec> specs,
            ExperimentRunner.Options options,
            DataCatalog catalog,
            List<String> notes) {
        List<PlannedRun> plan = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Registry.LoadedSpec spec : specs) {
            if (!catalog.available(spec.spec().dataset())) {
                notes.add(spec.spec().id() + " skipped: no text corpus found; run 'rnnlab data fetch timemachine'"
                        + " or pass --data-dir with a .txt file");
                continue;
            }
            try {
                for (RunSpec run : RunPlanner.plan(
                        spec, options.profile(), options.baseSeed(), options.seeds(), options.overrides())) {
                    String hash = RunIds.specHash(run, catalog.fingerprint(run.dataset()), options.numerics());
                    plan.add(new PlannedRun(spec, run, hash, RunIds.runId(run, hash)));
                }
            } catch (RnnlabException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.of(problems, "experiment spec");
        }
        return plan;
    }
}
