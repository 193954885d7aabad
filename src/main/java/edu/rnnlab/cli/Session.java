package edu.rnnlab.cli;

import edu.rnnlab.archive.ReportsLock;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.EngineNumerics;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.experiment.RunProgress;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import java.util.List;
import java.util.Set;

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
        return new ExperimentRunner(archive, catalog, new ProvenanceRecorder(PathOptions.home(), commandLine), progress,
                workerCommand);
    }

    /** A session that prints progress to {@code out}. */
    static Session console(PathOptions paths, boolean quiet, PrintWriter out, String commandLine) {
        return new Session(paths, new ConsoleProgress(out, quiet), commandLine);
    }

    /**
     * Runs the selected experiments (all when {@code ids} is empty) on the engine's device, {@code jobs}
     * runs at a time.
     */
    ExperimentRunner.Outcome run(List<String> ids, RunOptions options, EngineOptions engine, JobsOption jobsOption) {
        int jobs = jobsOption.resolve(engine.threads, engine.device);
        ExperimentRunner.Options settings = new ExperimentRunner.Options(options.profile(), options.seed, options.seeds,
                engine.apply(), engine.numerics(), jobs);
        return runner(WorkerLaunch.command(paths, options, engine, jobs, commandLine)).run(registry.select(ids), settings);
    }

    /** The run ids the registry plans for these options and engine settings: what a report should show. */
    Set<String> plannedRunIds(RunOptions options, EngineNumerics numerics) {
        return runner(List.of()).plannedRunIds(registry.all(),
                new ExperimentRunner.Options(options.profile(), options.seed, options.seeds, null, numerics, 1));
    }

    @Override
    public void close() {
        lock.close();
    }

    /** The command line as typed, for provenance and the report's appendix. */
    static String commandLine(CommandSpec command) {
        List<String> args = command.commandLine().getParseResult().originalArgs();
        return "./rnnlab " + command.name() + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
