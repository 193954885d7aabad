package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs made with another engine thread count are other runs: not skipped, and verified with their own count. */
class ThreadIdentityTest {

    private static final String THREADS = "ai.djl.pytorch.num_threads";

    @TempDir
    Path home;

    @AfterEach
    void restoreTheSuiteThreadSetting() {
        System.setProperty(THREADS, "1"); // --threads sets a process-wide property; later tests expect 1
    }

    @Test
    void aTwoThreadRunIsNotSkippedByAOneThreadRunAndVerifiesWithItsRecordedCount() throws Exception {
        Engine.getInstance(); // started with the suite's 1 thread, so the property below cannot change this JVM's
        // engine
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        CliRunner.Result two = CliRunner.run(home, "run", "tiny", "--quiet", "--threads", "2");
        assertEquals(0, two.exit(), two.all());
        CliRunner.Result one = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, one.exit(), one.all());
        assertTrue(
                one.out().contains("1 trained, 0 skipped"),
                "a 2-thread run must not stand in for a 1-thread one: " + one.out());
        List<Path> runs;
        try (Stream<Path> list = Files.list(home.resolve("reports/runs/tiny"))) {
            runs = list.sorted().toList();
        }
        assertEquals(2, runs.size(), runs.toString());
        Path twoThreadRun =
                runs.stream().filter(p -> readThreads(p) == 2).findFirst().orElseThrow();

        CliRunner.Result verify = CliRunner.run(home, "verify", twoThreadRun.toString());
        assertEquals(0, verify.exit(), verify.all());
        assertTrue(
                verify.out().contains("2 threads then, 2 now") && verify.out().contains("PASS"), verify.out());

        CliRunner.Result rerun = CliRunner.run(home, "run", "tiny", "--quiet", "--threads", "2");
        assertTrue(rerun.out().contains("0 trained, 1 skipped"), rerun.out());
    }

    private static int readThreads(Path run) {
        try {
            String json = Files.readString(run.resolve("provenance.json"));
            return Integer.parseInt(json.replaceAll("(?s).*\"threads\" : (\\d+).*", "$1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
