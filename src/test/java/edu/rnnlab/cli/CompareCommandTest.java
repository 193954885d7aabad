package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rnnlab compare}: spec differences and metrics side by side; per-model seed tests for experiments. */
class CompareCommandTest {

    @TempDir
    Path home;

    @Test
    void twoRunsShowTheHiddenSizeDifferenceAndBothMetrics() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        assertEquals(0, CliRunner.run(home, "run", "tiny", "--quiet").exit());
        assertEquals(
                0,
                CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden=4")
                        .exit());
        List<Path> runs;
        try (Stream<Path> list = Files.list(home.resolve("reports/runs/tiny"))) {
            runs = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        Path plain = runs.stream()
                .filter(p -> p.toString().contains("-h8-"))
                .findFirst()
                .orElseThrow();
        Path small = runs.stream()
                .filter(p -> p.toString().contains("-h4-"))
                .findFirst()
                .orElseThrow();

        CliRunner.Result r = CliRunner.run(home, "compare", plain.toString(), small.toString());
        assertEquals(0, r.exit(), r.all());
        String out = r.out();
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+model\\.hidden\\s+8\\s+4")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+overrides\\.hidden\\s+-\\s+4")), out);
        String rmse = out.lines()
                .filter(l -> l.trim().startsWith("test rmse"))
                .findFirst()
                .orElseThrow();
        String[] cells = rmse.trim().split("\\s{2,}");
        assertEquals(4, cells.length, rmse);
        double a = Double.parseDouble(cells[1]);
        double b = Double.parseDouble(cells[2]);
        assertEquals(b - a, Double.parseDouble(cells[3]), 1e-5 * Math.max(1, Math.abs(a)), rmse);
        assertTrue(out.contains("parameters"), out);
    }

    @Test
    void twoExperimentsShowPerModelMeansAndATest() {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("one", 1, "scratch"));
        TinySpecs.write(
                home.resolve("experiments"),
                "b.yaml",
                TinySpecs.airQuality("two", 2, "scratch").replace("lr: 0.01", "lr: 0.02"));
        assertEquals(0, CliRunner.run(home, "run", "--quiet", "--seeds", "2").exit());
        CliRunner.Result r = CliRunner.run(home, "compare", "one", "two");
        assertEquals(0, r.exit(), r.all());
        assertTrue(
                r.out().contains("train.lr")
                        && r.out().contains("0.01")
                        && r.out().contains("0.02"),
                r.out());
        assertTrue(r.out().contains("RNN (scratch)") && r.out().contains("(2)"), r.out());
        assertTrue(r.out().contains("paired t-test p = "), r.out());

        CliRunner.Result bad = CliRunner.run(home, "compare", "one", "nothing-here");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'nothing-here'"), bad.err());
    }
}
