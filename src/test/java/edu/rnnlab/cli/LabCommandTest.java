package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole tiny lab, end to end: train, archive, report (HTML and PDF), then re-render without training. */
class LabCommandTest {

    @TempDir
    Path home;

    @Test
    void aTinyLabTrainsArchivesAndReportsEveryNumberFromTheArchive() throws Exception {
        Path registry = home.resolve("experiments");
        TinySpecs.write(registry, "1.yaml", TinySpecs.airQuality("tiny-scratch", 1, "scratch"));
        TinySpecs.write(registry, "2.yaml", TinySpecs.airQuality("tiny-library", 2, "library"));

        CliRunner.Result lab = CliRunner.run(home, "lab", "--quiet");
        assertEquals(0, lab.exit(), lab.all());
        Path html = home.resolve("reports/lab4/index.html");
        assertTrue(Files.isRegularFile(html), lab.out());
        byte[] pdf = Files.readAllBytes(home.resolve("reports/lab4/report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        String page = Files.readString(html);
        List<ArchivedRun> runs = new RunArchive(home.resolve("reports/runs")).readAll();
        assertEquals(2, runs.size());
        for (ArchivedRun run : runs) {
            String pattern = run.summary().runId().replaceAll("-s\\d+$", "-s*");
            assertTrue(
                    page.contains(pattern),
                    "appendix lists the configuration of " + run.summary().runId());
            String rmse =
                    String.format(Locale.ROOT, "%.3f", run.summary().test().get("rmse"));
            assertTrue(page.contains(rmse.substring(0, rmse.length() - 1)), "test RMSE " + rmse + " shown");
        }
        assertTrue(page.contains("Items 1 and 2."), "items 1 and 2, one section");

        CliRunner.Result report = CliRunner.run(home, "report", "--format", "html");
        assertEquals(0, report.exit(), report.all());
        assertTrue(report.out().contains("Report from 2 archived runs"), report.out());
    }
}
