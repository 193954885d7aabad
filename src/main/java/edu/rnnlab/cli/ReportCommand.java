package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.PlanStore;
import edu.rnnlab.archive.ReportsLock;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.report.ReportBuilder;
import edu.rnnlab.report.ReportResult;
import edu.rnnlab.run.RunPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = "Render the report (HTML and PDF, or Markdown) from the run archive; trains nothing.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab report --lang zh --student \"Li Hua\" --student-id 2023001",
            "  rnnlab report --format html --profile quick --open",
            "  rnnlab report --format html,md       # report.md: pandoc report.md -o report.docx",
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
                    report,
                    command,
                    spec.commandLine().getOut());
            return 0;
        }
        try (ReportsLock lock = ReportsLock.acquire(paths.reportsRoot(), command)) {
            RunArchive archive = new RunArchive(paths.archiveRoot());
            render(
                    archive,
                    plan(new PlanStore(archive.root())),
                    paths,
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

    /**
     * Renders the runs of {@code plan} into the reports folder and prints what it wrote; shared with
     * {@code lab}. The title block's details come from the flags, else {@code report.yaml} beside the
     * experiments, else what the last report remembered, and are remembered for the next one.
     */
    static ReportResult render(
            RunArchive archive,
            RunPlan plan,
            PathOptions paths,
            ReportOptionsMixin report,
            String command,
            PrintWriter out) {
        Path remembered = paths.reportsRoot().resolve(ReportDetails.REMEMBERED);
        ReportDetails details =
                report.details(ReportDetails.read(paths.experimentsDir().resolve(Registry.DETAILS_FILE))
                        .over(ReportDetails.read(remembered)));
        ReportResult result = new ReportBuilder(
                        archive, report.toOptions(command, plan.notes(), details), plan.runIds())
                .build(paths.reportDir());
        details.write(remembered);
        out.printf("Report from %d archived runs (profile %s):%n", result.runsUsed(), plan.profile());
        ReportFiles.print(result, out);
        result.missing().forEach(m -> out.println("  item " + m.item() + " missing: " + m.reason()));
        if (report.open) {
            BrowserOpener.open(paths.reportDir().resolve("index.html"), out);
        }
        out.flush();
        return result;
    }
}
