package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rnnlab run}: archives runs, skips finished ones, answers bad input with exit code 2. */
class RunCommandTest {

    @TempDir
    Path home;

    @Test
    void aRepeatedRunSkipsTheFinishedRunAndVerifyReproducesIt() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        CliRunner.Result first = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, first.exit(), first.all());
        assertTrue(first.out().contains("1 trained, 0 skipped"), first.out());
        Path runDir;
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs/tiny"))) {
            runDir = runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst()
                    .orElseThrow();
        }
        for (String file :
                new String[] {"spec.yaml", "provenance.json", "metrics.csv", "summary.json", "model.params"}) {
            assertTrue(Files.isRegularFile(runDir.resolve(file)), file);
        }
        CliRunner.Result second = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, second.exit(), second.all());
        assertTrue(second.out().contains("0 trained, 1 skipped"), second.out());

        CliRunner.Result verify = CliRunner.run(home, "verify", runDir.toString());
        assertEquals(0, verify.exit(), verify.all());
        assertTrue(verify.out().contains("PASS") && verify.out().contains("1 of 1 runs reproduced"), verify.out());
    }

    @Test
    void anUnknownYamlKeyIsExitCode2NamingFileAndKey() {
        TinySpecs.write(
                home.resolve("experiments"),
                "bad.yaml",
                TinySpecs.airQuality("bad", 1, "scratch").replace("hidden: 8", "hiden: 8"));
        CliRunner.Result result = CliRunner.run(home, "run", "--quiet");
        assertEquals(2, result.exit());
        assertTrue(
                result.err().contains("bad.yaml")
                        && result.err().contains("'hiden'")
                        && result.err().contains("hidden"),
                result.err());
        assertFalse(result.err().contains("at edu."), "no stack trace: " + result.err());
    }

    @Test
    void aBadEnumValueNamesTheAllowedValues() {
        TinySpecs.write(
                home.resolve("experiments"),
                "bad.yaml",
                TinySpecs.airQuality("bad", 1, "scratch").replace("cell: rnn", "cell: lstn"));
        CliRunner.Result result = CliRunner.run(home, "list");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("'lstn'") && result.err().contains("rnn, gru, lstm"), result.err());
    }

    @Test
    void aMissingDataFolderIsExitCode2WithAHint() {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "library"));
        CliRunner.Result result = CliRunner.run(
                home, "run", "--quiet", "--data-dir", home.resolve("nowhere").toString());
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("nowhere") && result.err().contains("--data-dir"), result.err());
    }

    @Test
    void anUnknownExperimentIdListsTheKnownOnes() {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "library"));
        CliRunner.Result result = CliRunner.run(home, "run", "nope", "--quiet");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("'nope'") && result.err().contains("tiny"), result.err());
    }
}
