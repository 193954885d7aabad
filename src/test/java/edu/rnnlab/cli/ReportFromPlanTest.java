package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.PlanStore;
import edu.rnnlab.run.RunPlan;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} renders the plan {@code lab}/{@code run} wrote into the archive: from a copied archive
 * with no registry and no data, never over a good report when the asked profile was not run.
 */
class ReportFromPlanTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    @Test
    void aCopiedArchiveRendersWithNoRegistryAndNoData() throws IOException {
        TinySpecs.write(home.resolve("experiments"), "1.yaml", TinySpecs.airQuality("tiny-a", 1, "scratch"));
        TinySpecs.write(home.resolve("experiments"), "2.yaml", TinySpecs.airQuality("tiny-b", 2, "library"));
        CliRunner.Result lab = CliRunner.run(home, "lab", "--quiet", "--profile", "quick", "--format", "html");
        assertEquals(0, lab.exit(), lab.all());

        copy(home.resolve("reports/runs"), elsewhere.resolve("reports/runs"));
        assertFalse(Files.exists(elsewhere.resolve("experiments")) || Files.exists(elsewhere.resolve("data")));
        CliRunner.Result report = CliRunner.run(elsewhere, "report", "--format", "html");
        assertEquals(0, report.exit(), report.all());
        assertTrue(report.out().contains("Report from 2 archived runs (profile quick)"), report.out());
        assertTrue(
                Files.readString(elsewhere.resolve("reports/lab4/index.html")).contains("tiny-b"));
    }

    @Test
    void aProfileTheArchiveDoesNotHoldIsRefusedAndTheReportKept() throws IOException {
        TinySpecs.write(home.resolve("experiments"), "1.yaml", TinySpecs.airQuality("tiny-a", 1, "scratch"));
        assertEquals(
                0, CliRunner.run(home, "lab", "--quiet", "--format", "html").exit());
        Path html = home.resolve("reports/lab4/index.html");
        byte[] before = Files.readAllBytes(html);

        CliRunner.Result quick = CliRunner.run(home, "report", "--profile", "quick", "--format", "html");
        assertEquals(2, quick.exit(), quick.all());
        assertTrue(quick.err().contains("--profile quick") && quick.err().contains("standard"), quick.err());
        assertArrayEquals(before, Files.readAllBytes(html), "the standard report is untouched");

        CliRunner.Result latest = CliRunner.run(home, "report", "--format", "html", "--student", "Ada");
        assertEquals(0, latest.exit(), latest.all());
        assertTrue(latest.out().contains("Report from 1 archived runs (profile standard)"), latest.out());

        // a quick lab beside it: each profile's report counts and shows only its own plan's runs
        assertEquals(
                0,
                CliRunner.run(home, "lab", "--quiet", "--profile", "quick", "--format", "html")
                        .exit());
        CliRunner.Result standard = CliRunner.run(home, "report", "--profile", "standard", "--format", "html");
        assertEquals(0, standard.exit(), standard.all());
        assertTrue(standard.out().contains("Report from 1 archived runs (profile standard)"), standard.out());
    }

    @Test
    void noPlanIsExitCode2AndNothingIsWritten() {
        CliRunner.Result report = CliRunner.run(home, "report", "--format", "html");
        assertEquals(2, report.exit(), report.all());
        assertTrue(report.err().contains("no plan yet"), report.err());
        assertFalse(Files.exists(home.resolve("reports/lab4/index.html")));
    }

    @Test
    void aRunOfOneExperimentKeepsTheRestOfTheLabsPlan() {
        TinySpecs.write(home.resolve("experiments"), "1.yaml", TinySpecs.airQuality("tiny-a", 1, "scratch"));
        TinySpecs.write(home.resolve("experiments"), "2.yaml", TinySpecs.airQuality("tiny-b", 2, "scratch"));
        assertEquals(
                0, CliRunner.run(home, "lab", "--quiet", "--format", "html").exit());
        assertEquals(
                0,
                CliRunner.run(home, "run", "tiny-a", "--quiet", "--seeds", "2").exit());
        RunPlan plan =
                new PlanStore(home.resolve("reports/runs")).read("standard").orElseThrow();
        assertEquals(2, plan.experiments().size(), plan.toString());
        assertEquals(2, plan.experiments().get(0).runIds().size(), "tiny-a now planned with two seeds");
        assertEquals(1, plan.experiments().get(1).runIds().size(), "tiny-b as the lab planned it");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
