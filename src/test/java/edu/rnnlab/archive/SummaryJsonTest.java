package edu.rnnlab.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json names its run and holds no "NaN" strings; metrics.csv says what its loss is. */
class SummaryJsonTest {

    @TempDir
    Path root;

    @Test
    void summaryNamesTheRunWritesNonFiniteAsNullAndReadsItBackAsNaN() throws Exception {
        RunSpec spec = new RunSpec(
                "exp",
                3,
                Map.of("en", "T"),
                DatasetSpec.of(DatasetKind.AIRQUALITY),
                ModelSpec.of(CellType.GRU, Implementation.LIBRARY, 8),
                new TrainSpec(2, null, null, null, null, null),
                11,
                "quick",
                Map.of(),
                java.util.Map.of());
        RunSummary summary = new RunSummary(
                "run-9",
                RunStatus.DIVERGED,
                "diverged at epoch 1",
                "abc",
                1,
                0,
                "none",
                Map.of("loss", Double.NaN),
                Map.of("loss", Double.POSITIVE_INFINITY, "rmse", 2.5),
                Map.of(),
                Map.of(),
                100,
                Double.NaN,
                "samples",
                0.5,
                1.0,
                Map.of(),
                Map.of(),
                Map.of());
        RunArchive archive = new RunArchive(root);
        try (RunWriter w = archive.begin("exp", "run-9")) {
            w.spec(spec);
            w.provenance(new Provenance(
                    "abc",
                    11,
                    Map.of(),
                    new DataSource(true, "built-in", List.of()),
                    "0.1.0",
                    "c0ffee",
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
            w.metrics(List.of(new EpochRow(1, "train", Double.NaN, Map.of(), 0.5, 100)));
            w.summary(summary);
            w.commit();
        }
        Path dir = archive.runDir("exp", "run-9");
        String text = Files.readString(dir.resolve("summary.json"));
        assertTrue(!text.contains("NaN") && !text.contains("Infinity"), text);
        JsonNode json = ArchiveFormat.json().readTree(text);
        assertEquals("exp", json.get("experiment").asText());
        assertEquals("run-9", json.get("run_id").asText());
        assertEquals(11, json.get("seed").asLong());
        assertEquals("gru", json.at("/model/cell").asText());
        assertTrue(
                json.at("/validation/loss").isNull() && json.get("throughput").isNull(), text);
        assertEquals(2.5, json.at("/test/rmse").asDouble());

        ArchivedRun read = archive.read(dir);
        assertTrue(Double.isNaN(read.summary().throughput()));
        assertTrue(Double.isNaN(read.summary().test().get("loss")));
        assertEquals(2.5, read.summary().test().get("rmse"));

        List<String> metrics = Files.readAllLines(dir.resolve("metrics.csv"));
        assertTrue(metrics.get(0).startsWith("epoch,split,loss,loss_unit,"), metrics.get(0));
        assertTrue(metrics.get(1).contains(",mse_scaled_target,"), metrics.get(1));
    }
}
