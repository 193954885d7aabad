package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import edu.rnnlab.archive.PlanStore;
import edu.rnnlab.data.synthetic.PemsNpzWriter;
import edu.rnnlab.run.RunPlan;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is exit code 2 with the file, the line, the key, the value as written and what to do — never
 * exit 1 or a stack trace — and it is found before the first epoch of any run.
 */
class BadInputTest {

    @TempDir
    Path home;

    /** The tiny spec with {@code from} replaced by {@code to}; lines: 4 dataset, 6 the model, 7 train. */
    private CliRunner.Result spec(String from, String to, String... args) {
        TinySpecs.write(
                home.resolve("experiments"),
                "a.yaml",
                TinySpecs.airQuality("tiny", 1, "scratch").replace(from, to));
        return CliRunner.run(home, args.length == 0 ? new String[] {"list"} : args);
    }

    private static void assertBadInput(CliRunner.Result r, String... parts) {
        assertEquals(2, r.exit(), r.all());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "'" + part + "' missing from: " + r.err());
        }
        assertFalse(r.err().contains("at edu.") || r.err().contains("internal error"), r.err());
    }

    @Test
    void anOverflowingLearningRateNamesLineKeyAndTheValueAsWritten() {
        assertBadInput(spec("lr: 0.01", "lr: 1e400"), "a.yaml line 7", "train.lr", "'1e400'", "finite");
    }

    @Test
    void nanAndInfinityAreValidYamlButMustBeFinite() {
        assertBadInput(spec("lr: 0.01", "lr: .nan"), "a.yaml line 7", "train.lr", ".nan", "must be finite");
        assertBadInput(spec("lr: 0.01", "lr: -.inf"), "line 7", "train.lr", "-.inf", "must be finite");
        assertFalse(spec("lr: 0.01", "lr: .inf").err().contains("not valid YAML"));
    }

    @Test
    void rangeAndTypeErrorsNameTheLine() {
        assertBadInput(
                spec("limit_windows: 256", "limit_windows: -5"), "a.yaml line 4", "dataset.limit_windows", "'-5'");
        assertBadInput(spec("hidden: 8", "hidden: eight"), "a.yaml line 6", "models[0].hidden", "'eight'");
        assertBadInput(spec("hidden: 8", "hidden: 8, dropout: .nan"), "line 6", "models[0].dropout");
    }

    @Test
    void aBadProfileValueNamesTheProfileLine() {
        String profile = "train: { epochs: 2, batch: 32, lr: 0.01 }\nprofiles:\n  quick: { limit_windows: -5 }\n";
        assertBadInput(
                spec("train: { epochs: 2, batch: 32, lr: 0.01 }\n", profile, "list", "--profile", "quick"),
                "a.yaml line 9",
                "dataset.limit_windows",
                "'-5'");
    }

    @Test
    void anUnknownExtraInputNamesTheKeyTheValueAndTheAllowedInputs() {
        CliRunner.Result r = spec("window: 6", "window: 6, inputs: [humidity, wind]", "run", "tiny");
        assertBadInput(r, "a.yaml", "dataset.inputs", "'wind'", "humidity, pressure, pm1, pm25, pm10, hour");
        assertFalse(Files.exists(home.resolve("reports/runs/tiny")), "nothing trained");
    }

    @Test
    void aModelThatCannotFitInMemoryIsRefusedBeforeTraining() {
        CliRunner.Result r = spec("hidden: 8", "hidden: 100000000", "run", "--quiet");
        assertBadInput(r, "a.yaml line 6", "hidden 100000000", "memory", "smaller hidden");
        assertFalse(Files.exists(home.resolve("reports/runs/tiny")), "nothing trained");
    }

    @Test
    void everyProblemOfTheLabIsReportedBeforeAnyRunTrains() throws Exception {
        // Sensors that do not exist, in two files; asking for more sensors than there are is no problem (all are used).
        Path data = home.resolve("course");
        PemsNpzWriter.write(data.resolve("PEMS08.npz"), new long[] {400, 3, 3}, new double[400 * 3 * 3]);
        Path registry = home.resolve("experiments");
        TinySpecs.write(registry, "1-good.yaml", TinySpecs.airQuality("good", 1, "library"));
        TinySpecs.write(
                registry,
                "2-sensors.yaml",
                TinySpecs.airQuality("many", 2, "library").replace("window: 6", "window: 6, sensor_ids: [nope]"));
        TinySpecs.write(
                registry,
                "3-pems.yaml",
                TinySpecs.airQuality("traffic", 7, "library")
                        .replace("kind: airquality", "kind: pems, sensors: 10, sensor_ids: ['7']"));
        CliRunner.Result r = CliRunner.run(home, "lab", "--quiet", "--data-dir", data.toString(), "--format", "html");
        assertBadInput(
                r,
                "2 problems",
                "nothing was trained",
                "2-sensors.yaml",
                "Sensor 'nope' (dataset.sensor_ids)",
                "3-pems.yaml",
                "Sensor '7' (dataset.sensor_ids) does not exist");
        assertFalse(Files.exists(home.resolve("reports/course/runs/good")), "the good experiment did not train either");
    }

    @Test
    void aReportFolderThatCannotBeWrittenIsExitCode2() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        Files.createDirectories(home.resolve("reports"));
        Files.writeString(home.resolve("reports/lab4"), "a file where the report folder should be");
        new PlanStore(home.resolve("reports/runs"))
                .write(new RunPlan("standard", 1, null, "test", "2026-01-01T00:00:00Z", List.of(), List.of()));
        assertBadInput(
                CliRunner.run(home, "report", "--format", "html"), "Cannot write the report", "lab4", "--reports");
    }

    @Test
    void aReadOnlyReportFolderIsExitCode2() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        Path lab4 = Files.createDirectories(home.resolve("reports/lab4"));
        Files.setPosixFilePermissions(lab4, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(lab4), "running as root: a read-only folder is writable anyway");
            assertBadInput(CliRunner.run(home, "report", "--format", "html"), "Cannot write the report", "lab4");
        } finally {
            Files.setPosixFilePermissions(lab4, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
