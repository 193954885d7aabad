package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with a missing or unreadable file is not finished: named by path, retrained, and refused by verify. */
class DamagedRunTest {

    @TempDir
    Path home;

    Path runDir;

    @BeforeEach
    void oneFinishedRun() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "library"));
        CliRunner.Result first = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, first.exit(), first.all());
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs/tiny"))) {
            runDir = runs.findFirst().orElseThrow();
        }
    }

    @Test
    void aRunWithoutMetricsIsNamedInTheReportAndRetrainedByTheNextRun() throws Exception {
        Files.delete(runDir.resolve("metrics.csv"));
        CliRunner.Result report = CliRunner.run(home, "report", "--format", "html");
        assertEquals(0, report.exit(), report.all());
        String html = Files.readString(home.resolve("reports/lab4/index.html"));
        assertTrue(
                html.contains("Damaged run " + runDir) && html.contains("metrics.csv is missing"), "report names it");

        CliRunner.Result again = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.out().contains("Damaged run " + runDir + ": metrics.csv is missing"), again.out());
        assertTrue(again.out().contains("1 trained, 0 skipped"), again.out());
        assertTrue(Files.isRegularFile(runDir.resolve("metrics.csv")), "retrained in place");
    }

    @Test
    void verifyOnADamagedMetricsFileIsExitCode2NamingFileAndLine() throws Exception {
        Files.writeString(
                runDir.resolve("metrics.csv"),
                "epoch,split,loss,seconds,throughput\n1,train,0.5,0.1,100\n1,val,nan?,0.1\n");
        CliRunner.Result verify = CliRunner.run(home, "verify", runDir.toString());
        assertEquals(2, verify.exit(), verify.all());
        assertTrue(
                verify.err().contains(runDir.toString()) && verify.err().contains("metrics.csv line 3"), verify.err());
        assertFalse(verify.err().contains("at edu."), "no stack trace");

        Files.writeString(runDir.resolve("summary.json"), "{ \"run_id\": ");
        CliRunner.Result truncated = CliRunner.run(home, "verify", runDir.toString());
        assertEquals(2, truncated.exit(), truncated.all());
        assertTrue(truncated.err().contains("summary.json does not parse"), truncated.err());
    }
}
