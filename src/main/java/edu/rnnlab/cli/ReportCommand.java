package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.PlanStore;
import edu.rnnlab.archive.ReportsLock;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.report.ReportBuilder;
import edu.rnnlab.report.ReportResult;
import edu.rnnlab.run.RunPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rnnlab report}: re-render the report from the archive alone — the plan that {@code lab} or
 * {@code run} wrote there says which runs — with no registry, no data folder and no engine.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Render the report (HTML and PDF) from the run archive; trains nothing.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab report --lang zh --student \"Li Hua\" --student-id 2023001",
            "  rnnlab report --format html --profile quick",
            "  rnnlab report --from bundle.zip        # a grader's bundle -> reports/from-bundle/lab4"
        })
final class ReportCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Option(
            names = "--profile",
            description =
                    "${COMPLETION-CANDIDATES}: render the plan of that profile (default: the latest 'lab' or 'run').")
    RunOptions.Profile profile;

    @Mixin
    ReportOptionsMixin report;

    @Option(
            names = "--from",
            paramLabel = "FILE.zip",
            description =
                    "Render the runs of a bundle from 'rnnlab archive' (all of them) into <reports>/from-<name>/lab4.")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    @SuppressWarnings("try") // the lock is held for the body's duration; the body never needs it
    public Integer call() {
        String command = Session.commandLine(spec);
        if (from != null) {
            BundleReport.render(
                    from,
                    paths.reportsRoot(),
                    report.toOptions(command, List.of()),
                    spec.commandLine().getOut());
            return 0;
        }
        try (ReportsLock lock = ReportsLock.acquire(paths.reportsRoot(), command)) {
            RunArchive archive = new RunArchive(paths.archiveRoot());
            render(
                    archive,
                    plan(new PlanStore(archive.root())),
                    paths.reportDir(),
                    report,
                    command,
                    spec.commandLine().getOut());
        }
        return 0;
    }

    /**
     * The plan to render: the profile's when {@code --profile} is given, else the latest written. None
     * is an error before anything is written, so an existing report is never replaced by an empty one.
     */
    private RunPlan plan(PlanStore plans) {
        if (profile != null) {
            return plans.read(profile.toString())
                    .orElseThrow(() -> RnnlabException.badInput("The archive "
                            + paths.archiveRoot() + " holds no runs planned with --profile " + profile
                            + (plans.profiles().isEmpty()
                                    ? ""
                                    : " (it holds: " + String.join(", ", plans.profiles()) + ")")
                            + ". Run './rnnlab lab --profile " + profile
                            + "' first, or drop --profile to render "
                            + "the latest lab. The existing report was left as it is."));
        }
        return plans.latest()
                .orElseThrow(() -> RnnlabException.badInput("The archive " + paths.archiveRoot()
                        + " has no plan yet, so there is nothing to report. Run './rnnlab lab' (or 'rnnlab run') first."
                        + " The existing report, if any, was left as it is."));
    }

    /** Renders the runs of {@code plan} and prints where the report is; shared with {@code lab}. */
    static ReportResult render(
            RunArchive archive, RunPlan plan, Path dir, ReportOptionsMixin report, String command, PrintWriter out) {
        ReportResult result =
                new ReportBuilder(archive, report.toOptions(command, plan.notes()), plan.runIds()).build(dir);
        out.printf("Report from %d archived runs (profile %s):%n", result.runsUsed(), plan.profile());
        result.written().stream()
                .filter(p -> !p.getParent().getFileName().toString().equals("charts"))
                .forEach(p -> out.println("  " + p));
        result.missing().forEach(m -> out.println("  item " + m.item() + " missing: " + m.reason()));
        out.flush();
        return result;
    }
}
