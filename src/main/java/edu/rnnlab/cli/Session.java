package edu.rnnlab.cli;

import edu.rnnlab.archive.PlanStore;
import edu.rnnlab.archive.ReportsLock;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.run.RunPlan;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the commands that plan, train or report share: the registry, the archive, the data catalog and
 * the runner, and the lock on the reports folder that they write, held until {@link #close()}.
 */
final class Session implements AutoCloseable {

    final Registry registry;
    final RunArchive archive;
    final DataCatalog catalog;
    private final PathOptions paths;
    private final RunProgress progress;
    private final String commandLine;
    private final ReportsLock lock;

    Session(PathOptions paths, RunProgress progress, String commandLine) {
        this.registry = Registry.load(paths.experimentsDir());
        this.lock = ReportsLock.acquire(paths.reportsRoot(), commandLine);
        this.archive = new RunArchive(paths.archiveRoot());
        this.catalog = new DataCatalog(paths.dataDir, paths.generatedData());
        this.paths = paths;
        this.progress = progress;
        this.commandLine = commandLine;
    }

    private ExperimentRunner runner(List<String> workerCommand) {
        return new ExperimentRunner(
                archive, catalog, new ProvenanceRecorder(PathOptions.home(), commandLine), progress, workerCommand);
    }

    /** A session that prints progress to {@code out}. */
    static Session console(PathOptions paths, boolean quiet, PrintWriter out, String commandLine) {
        return new Session(paths, new ConsoleProgress(out, quiet), commandLine);
    }

    /**
     * Runs the selected experiments (all when {@code ids} is empty) on the engine's device, {@code jobs}
     * runs at a time, and writes what was planned into the archive for {@code report}: the whole plan of
     * the profile when all experiments ran, else laid over the profile's earlier plan.
     */
    Outcome run(List<String> ids, RunOptions options, EngineOptions engine, JobsOption jobsOption) {
        int jobs = jobsOption.resolve(engine.threads, String.valueOf(engine.device));
        ExperimentRunner.Options settings = new ExperimentRunner.Options(
                options.profile(),
                options.seed,
                options.seeds,
                engine.apply(),
                engine.numerics(),
                options.overrides(),
                jobs);
        ExperimentRunner.Outcome outcome = runner(WorkerLaunch.command(paths, options, engine, jobs, commandLine))
                .run(registry.select(ids), settings);
        PlanStore plans = new PlanStore(archive.root());
        RunPlan fresh = new RunPlan(
                options.profile(),
                options.seed,
                options.seeds,
                commandLine,
                Instant.now().toString(),
                outcome.planned(),
                outcome.notes());
        RunPlan plan = ids.isEmpty()
                ? fresh
                : plans.read(options.profile()).map(fresh::over).orElse(fresh);
        plans.write(plan);
        return new Outcome(outcome, plan);
    }

    /** What a training command did, and the plan a report of it renders. */
    record Outcome(ExperimentRunner.Outcome runs, RunPlan plan) {}

    @Override
    public void close() {
        lock.close();
    }

    /**
     * The command line as typed, for provenance and the report's appendix. Picocli gives every
     * subcommand the whole argument list (its own name first), so the words come from the top-level
     * parse; a command parsed on its own (no parent) gets its name put in front.
     */
    static String commandLine(CommandSpec command) {
        CommandLine root = command.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        List<String> args = new ArrayList<>(root.getParseResult().originalArgs());
        if (root == command.commandLine()) {
            args.add(0, command.name());
        }
        return "./rnnlab " + String.join(" ", args);
    }
}
