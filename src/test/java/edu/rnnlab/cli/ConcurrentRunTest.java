package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.LockHolder;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two rnnlab processes (or runners) on one reports folder: one works, the other stops at once naming it. */
class ConcurrentRunTest {

    @TempDir
    Path home;

    @Test
    void aFolderLockedByAnotherProcessIsExitCode2NamingItsPidAndNothingIsTouched() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "library"));
        Path reports = home.resolve("reports");
        Process other = LockHolder.start(reports);
        try {
            CliRunner.Result blocked = CliRunner.run(home, "run", "tiny", "--quiet");
            assertEquals(2, blocked.exit(), blocked.all());
            assertTrue(
                    blocked.err().contains("pid " + other.pid())
                            && blocked.err().contains(reports.toString())
                            && blocked.err().contains("--reports"),
                    blocked.err());
            assertFalse(blocked.err().contains("disk space"), blocked.err());
            assertFalse(Files.exists(reports.resolve("runs")), "the blocked process wrote nothing");
            CliRunner.Result report = CliRunner.run(home, "report", "--format", "html");
            assertEquals(2, report.exit(), report.all());
        } finally {
            other.destroyForcibly().waitFor();
        }
        // The holder was killed: the OS dropped its lock, and the stale lock file does not block.
        CliRunner.Result after = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, after.exit(), after.all());
        assertTrue(after.out().contains("1 trained, 0 skipped"), after.out());
    }

    @Test
    void twoRunnersStartedTogetherNeverTrainARunTwice() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<CliRunner.Result>> results = new ArrayList<>();
        // Set before both start, so neither runner's restore clears it while the other still reads it.
        System.setProperty("rnnlab.home", home.toString());
        try {
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> CliRunner.run(home, "run", "tiny", "--quiet")));
            }
            int trained = 0;
            for (Future<CliRunner.Result> f : results) {
                CliRunner.Result r = f.get();
                assertTrue(r.exit() == 0 || (r.exit() == 2 && r.err().contains("in use by another rnnlab")), r.all());
                trained += r.out().contains("1 trained") ? 1 : 0;
            }
            assertEquals(1, trained, "exactly one of them trained the run");
        } finally {
            pool.shutdownNow();
            System.clearProperty("rnnlab.home");
        }
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs/tiny"))) {
            assertEquals(1, runs.count(), "one run folder, no staging leftovers");
        }
    }
}
