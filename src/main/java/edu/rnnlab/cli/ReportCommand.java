package edu.rnnlab.cli;

import edu.rnnlab.experiment.EngineNumerics;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.report.ReportBuilder;
import edu.rnnlab.report.ReportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rnnlab report}: re-render the report from the archive, without training. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render the report (HTML and PDF) from the run archive; trains nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  rnnlab report --lang zh --student \"Li Hua\" --student-id 2023001",
            "  rnnlab report --format html --profile quick",
            "  rnnlab report --from bundle.zip        # a grader's bundle -> reports/from-bundle/lab4"})
final class ReportCommand implements Callable<Integer> {

    @Mixin PathOptions paths;
    @Mixin RunOptions options;
    @Mixin ReportOptionsMixin report;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Report the runs made with N engine threads (default 1, as 'run' and 'lab' train).")
    int threads;

    @Option(names = "--from", paramLabel = "FILE.zip",
            description = "Render the runs of a bundle from 'rnnlab archive' (all of them) into <reports>/from-<name>/lab4.")
    Path from;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        String command = Session.commandLine(spec);
        if (from != null) {
            BundleReport.render(from, paths.reportsRoot(), report.toOptions(command, List.of()), spec.commandLine().getOut());
            return 0;
        }
        try (Session session = new Session(paths, RunProgress.QUIET, command)) {
            render(session, options, new EngineNumerics(threads), paths.reportDir(), report, command, List.of(),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    /**
     * Renders the runs the registry plans for this profile and seeds (not stale runs of older specs or
     * other profiles) and prints where the report is; shared with {@code lab}.
     */
    static ReportResult render(Session session, RunOptions options, EngineNumerics numerics, Path dir,
            ReportOptionsMixin report, String command, List<String> notes, PrintWriter out) {
        ReportResult result = new ReportBuilder(session.archive, report.toOptions(command, notes),
                session.plannedRunIds(options, numerics)).build(dir);
        out.printf("Report from %d archived runs:%n", result.runsUsed());
        result.written().stream().filter(p -> !p.getParent().getFileName().toString().equals("charts"))
                .forEach(p -> out.println("  " + p));
        result.missing().forEach(m -> out.println("  item " + m.item() + " missing: " + m.reason()));
        out.flush();
        return result;
    }
}
