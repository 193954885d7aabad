package edu.rnnlab.cli;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunCheck;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.EngineNumerics;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ExperimentSpec;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.experiment.RunPlanner;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.run.RunSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rnnlab list}: the registered experiments, each with how many of its planned runs (for this
 * profile, seeds and overrides) are done, missing or diverged in the archive. Reads only; takes no lock.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the registered experiments and how many of their planned runs are done, missing, diverged.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab list",
            "  rnnlab list --profile quick",
            "  rnnlab list --set hidden=16   # the runs an override would make"
        })
final class ListCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunArchive archive = new RunArchive(paths.archiveRoot());
        DataCatalog catalog = new DataCatalog(paths.dataDir, paths.generatedData());
        ExperimentRunner planner = new ExperimentRunner(
                archive, catalog, new ProvenanceRecorder(PathOptions.home(), "list"), RunProgress.QUIET, List.of());
        ExperimentRunner.Options plan = new ExperimentRunner.Options(
                options.profile(), options.seed, options.seeds, null, EngineNumerics.DEFAULT, options.overrides(), 1);
        Table table = new Table("ID", "ITEM", "DATASET", "RUNS", "DONE", "MISSING", "DIVERGED", "MODELS");
        for (Registry.LoadedSpec loaded : Registry.load(paths.experimentsDir()).all()) {
            ExperimentSpec e = loaded.spec();
            Set<String> ids = planner.plannedRunIds(List.of(loaded), plan);
            int done = 0;
            int diverged = 0;
            for (String id : ids) {
                RunCheck check = archive.check(e.id(), id);
                if (check.state() == RunCheck.State.COMPLETED) {
                    done++;
                } else if (check.state() == RunCheck.State.UNFINISHED && isDiverged(archive, e.id(), id)) {
                    diverged++;
                }
            }
            // Labels of the planned runs: a model sized by match_params shows the hidden size it resolves to.
            String models = RunPlanner.plan(loaded, options.profile(), options.seed, 1, options.overrides()).stream()
                    .map(r -> r.model().label())
                    .distinct()
                    .collect(Collectors.joining(", "));
            table.add(
                    e.id(),
                    e.item() == 0 ? "extra" : String.valueOf(e.item()),
                    e.dataset().kind().name().toLowerCase(Locale.ROOT),
                    String.valueOf(ids.size()),
                    String.valueOf(done),
                    String.valueOf(ids.size() - done - diverged),
                    String.valueOf(diverged),
                    models);
        }
        out.printf(
                "Experiments (profile %s; runs of a text experiment without a corpus are not planned):%n",
                options.profile());
        table.print(out);
        out.flush();
        return 0;
    }

    private static boolean isDiverged(RunArchive archive, String experiment, String runId) {
        RunSummary summary = archive.read(archive.runDir(experiment, runId)).summary();
        return summary.status() == edu.rnnlab.run.RunStatus.DIVERGED;
    }
}
