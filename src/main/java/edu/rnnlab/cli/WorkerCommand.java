package edu.rnnlab.cli;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.experiment.RunWorker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rnnlab worker}: not for users (hidden). A worker process of {@code lab}/{@code run --jobs N},
 * started by {@link WorkerLaunch}: it trains the runs named on its standard input and reports on its
 * standard output. It takes no reports-folder lock; the process that started it holds it.
 */
@Command(name = "worker", hidden = true, description = "Internal: a worker process of a parallel lab or run.")
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunOptions options;

    @Option(names = "--jobs", required = true)
    int jobs;

    @Option(names = "--command-line", required = true)
    String commandLine;

    @Override
    public Integer call() {
        var device = engine.apply();
        // the protocol owns standard output; a library's stray line there is ignored by the reader
        PrintStream out = new PrintStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        ExperimentRunner.Options settings = new ExperimentRunner.Options(
                options.profile(), options.seed, options.seeds, device, engine.numerics(), options.overrides(), jobs);
        new RunWorker(
                        Registry.load(paths.experimentsDir()),
                        new RunArchive(paths.archiveRoot()),
                        new DataCatalog(paths.dataDir, paths.generatedData()),
                        new ProvenanceRecorder(PathOptions.home(), commandLine),
                        settings)
                .serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        return 0;
    }
}
