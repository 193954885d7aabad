package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.data.synthetic.PemsNpzWriter;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the command line: the worked {@code kind: csv} example on a small CSV of its own,
 * a bad csv spec refused before training, and a PeMS file with fewer sensors than the spec asks for.
 */
class CsvAndSampleDataRunTest {

    @TempDir
    Path home;

    /** An hourly series in the example's columns: a daily cycle, one missing hour, one empty cell. */
    private Path hourlyLoad(Path folder, int hours) throws Exception {
        StringBuilder b = new StringBuilder("time,load_mw,temperature_c\n");
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int h = 0; h < hours; h++) {
            if (h == 50) {
                continue;
            }
            String load = h == 80 ? "" : String.format(java.util.Locale.ROOT, "%.1f", 600 + 100 * Math.sin(h / 3.8));
            b.append(start.plusHours(h).toString().replace('T', ' '))
                    .append(',')
                    .append(load)
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.1f", 3.5 + 2 * Math.cos(h / 5.0)))
                    .append('\n');
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("hourly-load.csv"), b.toString());
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file);
    }

    private static Path onlyRun(Path experimentDir) throws Exception {
        try (Stream<Path> runs = Files.list(experimentDir)) {
            List<Path> dirs = runs.filter(Files::isDirectory).toList();
            assertFalse(dirs.isEmpty(), "no run in " + experimentDir);
            return dirs.get(0);
        }
    }

    @Test
    void theWorkedCsvExampleRunsEndToEndOnASmallCsv() throws Exception {
        Path example = Path.of("examples/csv-hourly-load.yaml").toAbsolutePath();
        TinySpecs.write(home.resolve("experiments"), "csv.yaml", read(example));
        Path data = hourlyLoad(home.resolve("mine"), 400).getParent();
        CliRunner.Result r = CliRunner.run(
                home, "run", "csv-hourly-load", "--quiet", "--profile", "quick", "--data-dir", data.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("2 trained"), r.out());
        Path run = onlyRun(home.resolve("reports/course/runs/csv-hourly-load"));
        String summary = read(run.resolve("summary.json"));
        assertTrue(summary.contains("persistence (last value)") && summary.contains("\"rmse\""), summary);
        String provenance = read(run.resolve("provenance.json"));
        assertTrue(
                provenance.contains("hourly-load.csv (csv), column 'load_mw' by time column 'time'")
                        && provenance.contains("1 missing time steps and 1 empty target cells are gaps"),
                provenance);
    }

    @Test
    void aCsvInputColumnFeedsTheModelBesideTheTarget() throws Exception {
        String example = read(Path.of("examples/csv-hourly-load.yaml").toAbsolutePath());
        TinySpecs.write(
                home.resolve("experiments"),
                "csv.yaml",
                example.replace("feature: load_mw,", "feature: load_mw, inputs: [temperature_c],"));
        Path data = hourlyLoad(home.resolve("mine"), 400).getParent();
        CliRunner.Result r = CliRunner.run(
                home, "run", "csv-hourly-load", "--quiet", "--profile", "quick", "--data-dir", data.toString());
        assertEquals(0, r.exit(), r.all());
        Path run = onlyRun(home.resolve("reports/course/runs/csv-hourly-load"));
        assertTrue(read(run.resolve("spec.yaml")).contains("temperature_c"));
        // Two inputs per step instead of one: the first layer's input weights grow by one column per gate unit.
        String summary = read(run.resolve("summary.json"));
        boolean gru = read(run.resolve("spec.yaml")).contains("cell: gru");
        int oneInput = gru ? 3 * (32 * (1 + 32) + 2 * 32) + 33 : 4 * (32 * (1 + 32) + 2 * 32) + 33;
        int twoInputs = oneInput + (gru ? 3 : 4) * 32;
        assertTrue(summary.contains("\"parameters\" : " + twoInputs), summary);
    }

    @Test
    void aCsvSpecNamingAMissingColumnIsRefusedBeforeTraining() throws Exception {
        Path data = hourlyLoad(home.resolve("mine"), 100).getParent();
        TinySpecs.write(
                home.resolve("experiments"),
                "csv.yaml",
                TinySpecs.airQuality("own", 0, "library")
                        .replace("kind: airquality", "kind: csv, file: hourly-load.csv, feature: power"));
        CliRunner.Result r = CliRunner.run(home, "run", "--quiet", "--data-dir", data.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(
                r.err().contains("csv.yaml")
                        && r.err().contains("no column 'power' (dataset.feature)")
                        && r.err().contains("'time', 'load_mw', 'temperature_c'"),
                r.err());
        assertFalse(r.err().contains("at edu."), r.err());
        assertFalse(Files.exists(home.resolve("reports/course/runs/own")), "nothing trained");
    }

    @Test
    void aPemsSampleWithFewerSensorsThanAskedUsesAllAndSaysSo() throws Exception {
        Path data = home.resolve("course");
        double[] values = new double[400 * 3 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + 50 * Math.sin(i / 27.0);
        }
        PemsNpzWriter.write(data.resolve("pems04-sample/PEMS04_sample.npz"), new long[] {400, 3, 3}, values);
        TinySpecs.write(
                home.resolve("experiments"),
                "pems.yaml",
                TinySpecs.airQuality("traffic", 7, "library").replace("kind: airquality", "kind: pems, sensors: 10"));
        CliRunner.Result r = CliRunner.run(home, "run", "--quiet", "--data-dir", data.toString());
        assertEquals(0, r.exit(), r.all());
        String note = "dataset.sensors asks for 10 sensors but the file has 3, so all 3 are used";
        assertTrue(r.all().contains(note), r.all());
        assertTrue(r.all().contains("used pems04-sample/PEMS04_sample.npz as the PeMS file"), r.all());
        Path run = onlyRun(home.resolve("reports/course/runs/traffic"));
        assertTrue(read(run.resolve("provenance.json")).contains(note));
        assertTrue(read(home.resolve("reports/course/runs/plan-standard.json")).contains(note));
    }
}
