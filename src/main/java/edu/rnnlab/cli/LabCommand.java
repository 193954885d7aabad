package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.experiment.ExperimentRunner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rnnlab lab}: run every registered experiment, then render the assignment report. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Run every registered experiment (skipping archived runs), then write the report.",
        footerHeading = "%nExamples:%n",
        footer = {"  rnnlab lab --profile quick          # about a minute: a complete but rough report",
            "  rnnlab lab --data-dir ~/lab4        # on the course's own files -> reports/course/lab4",
            "  rnnlab lab --set epochs=20          # every experiment with 20 epochs (new run ids)"})
final class LabCommand implements Callable<Integer> {

    @Mixin PathOptions paths;
    @Mixin EngineOptions engine;
    @Mixin RunOptions options;
    @Mixin ReportOptionsMixin report;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        String command = Session.commandLine(spec);
        long start = System.nanoTime();
        ExperimentRunner.Outcome outcome;
        try (Session session = Session.console(paths, options.quiet, spec.commandLine().getOut(), command)) {
            Session.Outcome done = session.run(List.of(), options, engine, command);
            outcome = done.runs();
            ReportCommand.render(session.archive, done.plan(), paths.reportDir(), report, command,
                    spec.commandLine().getOut());
        }
        spec.commandLine().getOut().printf("%d trained, %d skipped, %d diverged in %.0f s.%n", outcome.trained(),
                outcome.skipped(), outcome.diverged(), (System.nanoTime() - start) / 1e9);
        return outcome.diverged() > 0 ? RnnlabException.Exit.RUN_FAILED.code() : 0;
    }
}
