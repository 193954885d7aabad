package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.TrainedRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rnnlab run <id>...}: train experiments into the archive, skipping runs already archived. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run experiments (all when no id is given); every run is archived, finished runs are skipped.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab run rnn-scratch --profile quick",
            "  rnnlab run rnn-scratch --set hidden=16 --set lr=0.003   # overrides: own run ids, recorded in spec.yaml",
            "  rnnlab run lstm-vs-gru --set models[1].hidden=128 --seeds 3"
        })
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Experiment ids (see 'rnnlab list').")
    List<String> ids = new ArrayList<>();

    @Mixin
    PathOptions paths;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunOptions options;

    @Mixin
    JobsOption jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String command = Session.commandLine(spec);
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.console(paths, options.quiet, out, command)) {
            ExperimentRunner.Outcome outcome =
                    session.run(ids, options, engine, jobs).runs();
            out.printf(
                    "%d trained, %d skipped (already archived), %d diverged, %d failed; archive: %s%n",
                    outcome.trained(), outcome.skipped(), outcome.diverged(), outcome.failed(), session.archive.root());
            TimeBreakdown.print(out, outcome, (System.nanoTime() - start) / 1e9, -1);
            return exitCode(outcome);
        }
    }

    /**
     * A failed run exits with its error's code (1 for a bug, 5 for a refused kernel, ...) after every
     * other run was done and archived; a diverged run is exit 3.
     */
    static int exitCode(ExperimentRunner.Outcome outcome) {
        for (TrainedRun run : outcome.runs()) {
            if (!run.archived()) {
                return run.exitCode();
            }
        }
        return outcome.diverged() > 0 ? RnnlabException.Exit.RUN_FAILED.code() : 0;
    }
}
