package edu.rnnlab.cli;

import ai.djl.Device;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.Registry;
import java.io.PrintWriter;
import java.util.List;

/** What the training commands share: the registry, the archive, the data catalog and the runner. */
final class Session {

    final Registry registry;
    final RunArchive archive;
    final DataCatalog catalog;
    final ExperimentRunner runner;
    final Device device;

    Session(PathOptions paths, EngineOptions engine, boolean quiet, PrintWriter out, String commandLine) {
        this.registry = Registry.load(paths.experimentsDir());
        this.archive = new RunArchive(paths.archiveRoot());
        this.catalog = new DataCatalog(paths.dataDir, paths.generatedData());
        this.device = engine.apply();
        this.runner = new ExperimentRunner(archive, catalog, new ProvenanceRecorder(PathOptions.home(), commandLine),
                new ConsoleProgress(out, quiet));
    }

    /** Runs the selected experiments (all when {@code ids} is empty). */
    ExperimentRunner.Outcome run(List<String> ids, RunOptions options) {
        return runner.run(registry.select(ids),
                new ExperimentRunner.Options(options.profile(), options.seed, options.seeds, device));
    }

    /** The command line as typed, for provenance and the report's appendix. */
    static String commandLine(String command, String[] args) {
        return "./rnnlab " + command + (args.length == 0 ? "" : " " + String.join(" ", args));
    }
}
