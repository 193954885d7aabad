package edu.rnnlab.report;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunWriter;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.run.TrainSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small fake runs through the real {@link RunWriter}, so report tests read exactly what the
 * archive contract produces. The numbers are fixtures, not measurements.
 */
final class FakeArchive {

    static final DataSource BUILT_IN = new DataSource(
            true,
            "Built-in synthetic air quality (seed 7)",
            List.of(new DataFile("data/builtin/airquality.csv", 123_456, "ab".repeat(32))));

    private final RunArchive archive;

    FakeArchive(RunArchive archive) {
        this.archive = archive;
    }

    /** One run to write; fields are set fluently and {@link #write()} commits it. */
    final class Run {
        String experiment;
        int item;
        String title = "Experiment";
        DatasetSpec dataset = DatasetSpec.of(DatasetKind.AIRQUALITY);
        ModelSpec model = ModelSpec.of(CellType.RNN, Implementation.SCRATCH, 32);
        TrainSpec train = new TrainSpec(4, 64, null, 1e-3, null, null);
        long seed = 1;
        Map<String, Object> sweep = Map.of();
        Map<String, Double> test = Map.of();
        Map<String, Map<String, Double>> baselines = Map.of();
        RunStatus status = RunStatus.COMPLETED;
        String message;
        double secondsPerEpoch = 1.0;
        /** Trainable parameters; negative means a stand-in derived from the hidden size. */
        long parameters = -1;

        Map<String, String> extras = Map.of();
        /** Validation metrics at the selected epoch; null means the test metrics (ranking unchanged). */
        Map<String, Double> validation;

        Map<String, Integer> available = Map.of();
        Map<String, Double> testTarget = Map.of();
        DataSource data = BUILT_IN;
        boolean predictions = true;
        /** Interrupted before the first epoch finished: no metrics rows at all. */
        boolean noEpochs;

        /** How the epoch was selected, as {@code Selection.describe()} words it. */
        String selection = "lowest validation loss";

        Run(String experiment, int item) {
            this.experiment = experiment;
            this.item = item;
        }

        Run model(CellType cell, Implementation impl) {
            model = ModelSpec.of(cell, impl, 32);
            return this;
        }

        Run protocol(Protocol p) {
            dataset = DatasetSpecs.of(dataset.kind())
                    .feature(dataset.feature())
                    .protocol(p)
                    .build();
            return this;
        }

        void write() {
            String runId = experiment + "-" + model.label().replaceAll("[^A-Za-z]", "") + sweep + "-s" + seed;
            runId = runId.replaceAll("[^A-Za-z0-9-]", "");
            int epochs = train.epochs();
            int selected = status == RunStatus.COMPLETED ? epochs - 1 : 0;
            RunSpec spec = new RunSpec(
                    experiment,
                    item,
                    Map.of("en", title, "zh", title + "（中文）"),
                    dataset,
                    model,
                    train,
                    seed,
                    "quick",
                    sweep,
                    java.util.Map.of());
            Provenance prov = new Provenance(
                    "hash-" + experiment,
                    seed,
                    Map.of("weights", seed * 31),
                    data,
                    "0.1.0",
                    "0123456789abcdef",
                    false,
                    "0.36.0",
                    "PyTorch 2.7.1",
                    "cpu()",
                    4,
                    "OpenJDK 17",
                    "Linux 6.1 amd64",
                    "Fake CPU @ 3 GHz",
                    16,
                    "2025-01-01T00:00:00Z",
                    "2025-01-01T00:01:00Z",
                    "./rnnlab run " + experiment,
                    List.of(),
                    null,
                    Map.of(),
                    null);
            Map<String, Double> testWithLoss = new LinkedHashMap<>(test);
            testWithLoss.put("loss", 0.01);
            Map<String, Double> val = new LinkedHashMap<>(validation == null ? test : validation);
            val.put("loss", 0.02);
            RunSummary summary = new RunSummary(
                    runId,
                    status,
                    message,
                    "hash-" + experiment,
                    epochs,
                    selected,
                    selection,
                    val,
                    status == RunStatus.COMPLETED ? testWithLoss : Map.of(),
                    baselines,
                    Map.of("train", 6000, "val", 2000, "test", 2000),
                    parameters >= 0 ? parameters : 1234 + model.hidden(),
                    2000.0 / secondsPerEpoch,
                    "samples",
                    secondsPerEpoch,
                    secondsPerEpoch * epochs + 2,
                    extras,
                    available,
                    testTarget);
            try (RunWriter w = archive.begin(experiment, runId)) {
                w.spec(spec);
                w.provenance(prov);
                w.summary(summary);
                w.metrics(epochRows(epochs, selected));
                if (predictions && dataset.kind() != DatasetKind.TEXT) {
                    w.predictions(predictionRows());
                }
                w.commit();
            }
        }

        private List<EpochRow> epochRows(int epochs, int selected) {
            List<EpochRow> rows = new ArrayList<>();
            String key = test.keySet().stream().findFirst().orElse("rmse");
            double base = test.getOrDefault(key, 1.0);
            for (int e = 1; e <= (noEpochs ? 0 : epochs); e++) {
                // A diverged run's loss turns NaN in its last epoch, as the training loop records it.
                double loss = status == RunStatus.DIVERGED && e == epochs ? Double.NaN : 0.05 / e + 0.001 * seed;
                rows.add(new EpochRow(e, "train", loss, Map.of(), secondsPerEpoch, 2000 / secondsPerEpoch));
                rows.add(new EpochRow(e, "val", loss * 1.2, Map.of(key, base * (1 + 0.3 / e)), 0.1, 20000));
            }
            if (selected > 0) {
                rows.add(new EpochRow(selected, "test", 0.01, test, 0.1, 20000));
            }
            return rows;
        }

        private List<PredictionRow> predictionRows() {
            List<PredictionRow> rows = new ArrayList<>();
            for (int step = 0; step < 200; step++) {
                double actual = 10 + 5 * Math.sin(step / 12.0);
                rows.add(new PredictionRow("sensor-7", step, actual, actual + 0.4 * Math.cos(step / 5.0 + seed)));
            }
            return rows;
        }
    }

    /** The course's own Krakow files, as a run that read them records them. */
    static final DataSource COURSE_FILES = new DataSource(
            false,
            "course files: Krakow air quality, 12 monthly CSVs in krakow",
            List.of(new DataFile("lab4/krakow/january-2017.csv", 654_321, "cd".repeat(32))));

    Run run(String experiment, int item) {
        return new Run(experiment, item);
    }

    /** Regression metrics around {@code rmse} (MAE and MAPE derived), e.g. {@code regression(1.05)}. */
    static Map<String, Double> regression(double rmse) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("rmse", rmse);
        m.put("mae", rmse * 0.57);
        m.put("mape", rmse * 17.5);
        return m;
    }
}
