package edu.rnnlab.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.run.TrainSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: nothing is visible before commit, a killed writer leaves no run, data round-trips. */
class RunArchiveTest {

    @TempDir
    Path root;

    private static RunSpec spec() {
        return new RunSpec(
                "exp",
                1,
                Map.of("en", "T"),
                DatasetSpec.of(DatasetKind.AIRQUALITY),
                ModelSpec.of(CellType.LSTM, Implementation.SCRATCH, 8),
                new TrainSpec(2, null, null, null, null, null),
                7,
                "standard",
                Map.of(),
                java.util.Map.of());
    }

    private static RunSummary summary(RunStatus status) {
        return new RunSummary(
                "run-1",
                status,
                "",
                "abc",
                2,
                2,
                "lowest validation loss",
                Map.of("loss", 0.5),
                Map.of("loss", 0.4, "rmse", 1.25),
                Map.of(),
                Map.of("train", 10),
                100,
                1234.5,
                "samples",
                0.5,
                1.0,
                Map.of(),
                Map.of("train", 276_923),
                Map.of("min", -12.5, "max", 30.0));
    }

    private static void writeAll(RunWriter w, RunStatus status) {
        w.spec(spec());
        w.provenance(new Provenance(
                "abc",
                7,
                Map.of("weights", 1L),
                new DataSource(true, "built-in", List.of()),
                "0.1.0",
                "deadbeef",
                false,
                "0.36.0",
                "PyTorch 2.7.1",
                "cpu()",
                1,
                "jvm",
                "os",
                "cpu",
                2,
                "t0",
                "t1",
                "cmd",
                List.of(),
                null,
                Map.of(),
                null));
        w.metrics(List.of(
                new EpochRow(1, "train", 0.9, Map.of(), 0.5, 100),
                new EpochRow(1, "val", 0.8, Map.of("rmse", 1.5), 0.1, 900),
                new EpochRow(1, "test", 0.4, Map.of("rmse", 1.25), 0.1, 900)));
        w.summary(summary(status));
    }

    @Test
    void aCommittedRunReadsBackExactlyAndCountsAsCompleted() {
        RunArchive archive = new RunArchive(root);
        try (RunWriter w = archive.begin("exp", "run-1")) {
            writeAll(w, RunStatus.COMPLETED);
            assertFalse(archive.isCompleted("exp", "run-1"), "invisible before commit");
            w.commit();
        }
        assertTrue(archive.isCompleted("exp", "run-1"));
        ArchivedRun run = archive.readAll().get(0);
        assertEquals(spec(), run.spec());
        assertEquals(1.25, run.summary().test().get("rmse"));
        assertEquals(3, run.epochs().size());
        assertEquals(1.5, run.epochs().get(1).metrics().get("rmse"));
        assertEquals(276_923, run.summary().available().get("train"));
        assertEquals(-12.5, run.summary().testTarget().get("min"));
    }

    @Test
    void aSummaryWrittenBeforeAvailableAndTestTargetExistedStillReads() throws Exception {
        RunArchive archive = new RunArchive(root);
        try (RunWriter w = archive.begin("exp", "run-1")) {
            writeAll(w, RunStatus.COMPLETED);
            w.commit();
        }
        Path summary = root.resolve("exp/run-1/summary.json");
        String json = Files.readString(summary);
        // An archive of the previous release: the two fields are absent altogether.
        String old = json.replaceAll("(?s),\\s*\"available\"\\s*:\\s*\\{[^}]*\\}", "")
                .replaceAll("(?s),\\s*\"test_target\"\\s*:\\s*\\{[^}]*\\}", "");
        assertFalse(old.contains("available") || old.contains("test_target"), old);
        Files.writeString(summary, old);
        RunSummary read = archive.readAll().get(0).summary();
        assertTrue(read.available().isEmpty());
        assertTrue(read.testTarget().isEmpty());
        assertEquals(1.25, read.test().get("rmse"));
    }

    @Test
    void anAbortedOrKilledWriterLeavesNoRunAndIsCleanedUpNextTime() throws Exception {
        RunArchive archive = new RunArchive(root);
        RunWriter killed = archive.begin("exp", "run-1"); // never committed nor closed: a killed process
        writeAll(killed, RunStatus.COMPLETED);
        assertFalse(archive.isCompleted("exp", "run-1"));
        assertTrue(archive.readAll().isEmpty());
        try (RunWriter w = archive.begin("exp", "run-1")) {
            writeAll(w, RunStatus.DIVERGED);
            w.commit();
        }
        assertFalse(archive.isCompleted("exp", "run-1"), "a diverged run is not finished: a rerun tries again");
        try (Stream<Path> left = Files.list(root.resolve("exp"))) {
            assertEquals(
                    List.of("run-1"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aCommittedRunIsAsReadableAsAnyNewFolderNotPrivate() throws Exception {
        RunArchive archive = new RunArchive(root);
        Path dir;
        try (RunWriter w = archive.begin("exp", "run-1")) {
            writeAll(w, RunStatus.COMPLETED);
            dir = w.commit();
        }
        Path probeDir = Files.createDirectory(root.resolve("probe")); // what the umask gives a new folder and file
        Path probeFile = Files.createFile(probeDir.resolve("file"));
        assertEquals(Files.getPosixFilePermissions(probeDir), Files.getPosixFilePermissions(dir), "not 0700");
        assertEquals(
                Files.getPosixFilePermissions(probeFile), Files.getPosixFilePermissions(dir.resolve("summary.json")));
    }
}
