package edu.rnnlab.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.csv: one row per run after every run, with the swept and overridden keys as numeric columns. */
class RunIndexTest {

    @TempDir
    Path home;

    @Test
    void everyRunHasOneRowWithNumericColumns() throws Exception {
        TinySpecs.write(
                home.resolve("experiments"),
                "a.yaml",
                TinySpecs.airQuality("tiny", 1, "scratch") + "sweep: { hidden: [4, 6] }\n");
        assertEquals(0, CliRunner.run(home, "run", "tiny", "--quiet").exit());
        CliRunner.Result set = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "lr=0.02");
        assertEquals(0, set.exit(), set.all());

        List<CSVRecord> rows;
        List<String> header;
        try (Reader in = Files.newBufferedReader(home.resolve("reports/runs/index.csv"));
                var csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            header = csv.getHeaderNames();
            rows = csv.getRecords();
        }
        assertEquals(4, rows.size(), "2 sweep points x (plain, --set lr)");
        assertTrue(
                header.containsAll(List.of(
                        "experiment",
                        "run_id",
                        "model",
                        "seed",
                        "hidden",
                        "lr",
                        "swept",
                        "overridden",
                        "status",
                        "selected_epoch",
                        "test_rmse",
                        "val_rmse",
                        "parameters",
                        "seconds_per_epoch",
                        "throughput",
                        "threads",
                        "jobs")),
                header.toString());
        for (CSVRecord row : rows) {
            assertEquals("tiny", row.get("experiment"));
            assertEquals("completed", row.get("status"));
            assertTrue(Double.parseDouble(row.get("test_rmse")) > 0, row.toString());
            Integer.parseInt(row.get("seed"));
            Long.parseLong(row.get("parameters"));
            Double.parseDouble(row.get("throughput"));
            Integer.parseInt(row.get("hidden"));
            assertEquals(1, Integer.parseInt(row.get("threads")));
            assertEquals("hidden", row.get("swept"));
        }
        assertEquals(
                List.of("0.01", "0.01", "0.02", "0.02"),
                rows.stream().map(r -> r.get("lr")).sorted().toList());
        assertEquals(
                2, rows.stream().filter(r -> r.get("overridden").equals("lr")).count());
        assertEquals(
                List.of("4", "4", "6", "6"),
                rows.stream().map(r -> r.get("hidden")).sorted().toList());
    }
}
