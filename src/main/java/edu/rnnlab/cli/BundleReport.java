package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.Bundle;
import edu.rnnlab.archive.ReportsLock;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.report.ReportBuilder;
import edu.rnnlab.report.ReportOptions;
import edu.rnnlab.report.ReportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code report --from FILE.zip}: unpacks a bundle into {@code <reports>/from-<name>/} (replacing an
 * earlier unpacking of the same name) and renders every run in it, so the grader's copy of the report
 * comes from the submitted runs alone, beside them, and the user's own report is untouched.
 */
final class BundleReport {

    private BundleReport() {}

    @SuppressWarnings("try") // the lock is held for the body's duration; the body never needs it
    static void render(Path zip, Path reportsRoot, ReportOptionsMixin report, String command, PrintWriter out) {
        String name = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        Path root = reportsRoot.resolve("from-" + name);
        try (ReportsLock lock = ReportsLock.acquire(reportsRoot, "report --from " + zip)) {
            clear(root);
            Bundle.extract(zip, root);
            // A null selection: the bundle is what was submitted, so every run in it is reported.
            // The student's details travel in the bundle: its report.yaml, else what their last report used.
            ReportDetails details = report.details(
                    ReportDetails.read(root.resolve(Bundle.EXPERIMENTS).resolve(Registry.DETAILS_FILE))
                            .over(ReportDetails.read(root.resolve(ReportDetails.REMEMBERED))));
            ReportOptions options = report.toOptions(command, List.of(), details);
            ReportResult result = new ReportBuilder(new RunArchive(root.resolve(Bundle.RUNS)), options, null)
                    .build(root.resolve("lab4"));
            out.printf("Report from %d runs of %s:%n", result.runsUsed(), zip);
            ReportFiles.print(result, out);
            out.flush();
        }
    }

    private static void clear(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot replace " + dir + " (" + e + "); delete it or pass --reports DIR.", e);
        }
    }
}
