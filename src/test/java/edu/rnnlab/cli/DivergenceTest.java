package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose loss explodes is archived as diverged with advice, and the other runs still train. */
class DivergenceTest {

    @TempDir
    Path home;

    @Test
    void aDivergedRunIsArchivedWithAdviceAndTheLabGoesOn() {
        String exploding = TinySpecs.airQuality("explodes", 1, "scratch")
                .replace(
                        "train: { epochs: 2, batch: 32, lr: 0.01 }",
                        "train: { epochs: 2, batch: 32, optimizer: sgd, lr: 1.0e12, clip: 0 }");
        TinySpecs.write(home.resolve("experiments"), "1.yaml", exploding);
        TinySpecs.write(home.resolve("experiments"), "2.yaml", TinySpecs.airQuality("fine", 2, "library"));

        CliRunner.Result result = CliRunner.run(home, "run", "--quiet");
        assertEquals(3, result.exit(), result.all());
        assertTrue(result.out().contains("2 trained") && result.out().contains("1 diverged"), result.out());

        List<ArchivedRun> runs = new RunArchive(home.resolve("reports/runs")).readAll();
        ArchivedRun diverged = runs.stream()
                .filter(r -> r.spec().experiment().equals("explodes"))
                .findFirst()
                .orElseThrow();
        assertEquals(RunStatus.DIVERGED, diverged.summary().status());
        assertTrue(
                diverged.summary().message().contains("learning rate"),
                diverged.summary().message());
        ArchivedRun fine = runs.stream()
                .filter(r -> r.spec().experiment().equals("fine"))
                .findFirst()
                .orElseThrow();
        assertEquals(RunStatus.COMPLETED, fine.summary().status());

        // A diverged run is not "finished": a rerun tries it again (and the finished one is skipped).
        CliRunner.Result again = CliRunner.run(home, "run", "--quiet");
        assertTrue(again.out().contains("1 trained, 1 skipped"), again.out());
    }
}
