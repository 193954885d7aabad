package edu.rnnlab.cli;

import edu.rnnlab.experiment.ExperimentRunner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rnnlab lab}: run every registered experiment, then render the assignment report. */
@Command(
        name = "lab",
        mixinStandardHelpOptions = true,
        description = "Run every registered experiment (skipping archived runs), then write the report.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab lab --profile quick          # about a minute: a complete but rough report",
            "  rnnlab lab --data-dir ~/lab4        # on the course's own files -> reports/course/lab4",
            "  rnnlab lab --set epochs=20          # every experiment with 20 epochs (new run ids)"
        })
final class LabCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunOptions options;

    @Mixin
    JobsOption jobs;

    @Mixin
    ReportOptionsMixin report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String command = Session.commandLine(spec);
        long start = System.nanoTime();
        ExperimentRunner.Outcome outcome;
        double reportSeconds;
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.console(paths, options.quiet, out, command)) {
            Session.Outcome done = session.run(List.of(), options, engine, jobs);
            outcome = done.runs();
            long reportStart = System.nanoTime();
            // a failed run is missing from the report (which says so); the others' results are still worth a report
            ReportCommand.render(session.archive, done.plan(), paths, report, command, out);
            reportSeconds = (System.nanoTime() - reportStart) / 1e9;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        out.printf(
                "%d trained, %d skipped, %d diverged, %d failed in %.0f s.%n",
                outcome.trained(), outcome.skipped(), outcome.diverged(), outcome.failed(), wall);
        TimeBreakdown.print(out, outcome, wall, reportSeconds);
        return RunCommand.exitCode(outcome);
    }
}
