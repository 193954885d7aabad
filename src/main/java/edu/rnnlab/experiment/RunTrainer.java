package edu.rnnlab.experiment;

import ai.djl.Device;
import ai.djl.nn.Block;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunWriter;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.model.library.KernelVerdict;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.KernelCheckRecord;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.TrainingListener;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains one planned run and writes it atomically into the archive. The same code serves a run
 * trained in the invoking process ({@code --jobs 1}) and one trained in a worker process, so both
 * produce the same archive.
 */
final class RunTrainer {

    private final RunArchive archive;
    private final DataCatalog catalog;
    private final ProvenanceRecorder provenance;
    private final RunProgress progress;
    private final int jobs;

    /** @param jobs how many runs train at the same time in this invocation (recorded in provenance) */
    RunTrainer(RunArchive archive, DataCatalog catalog, ProvenanceRecorder provenance, RunProgress progress, int jobs) {
        this.archive = archive;
        this.catalog = catalog;
        this.provenance = provenance;
        this.progress = progress;
        this.jobs = jobs;
    }

    /** The summary of what was archived, and where the time went. */
    record Result(RunSummary summary, RunTimes times) {}

    /** Trains {@code p}; {@code listener} sees its epochs and batches. */
    Result train(PlannedRun p, Device device, TrainingListener listener) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        PreparedData data = catalog.load(p.spec().dataset());
        double prepareSeconds = (System.nanoTime() - startNanos) / 1e9;
        RunSeeds seeds = RunSeeds.from(p.spec().seed());
        TrainingLoop loop = new TrainingLoop(p.spec().train(), device, seeds, data.selection(), List.of(listener));
        Block model = data.model(p.spec().model());
        TrainingOutcome outcome = loop.run(model, data.task(), data::extras);
        double totalSeconds = (System.nanoTime() - startNanos) / 1e9;
        RunSummary summary = new RunSummary(
                p.runId(),
                outcome.status(),
                outcome.message(),
                p.hash(),
                (int) outcome.epochs().stream()
                        .filter(r -> r.split().equals(Split.TRAIN.key()))
                        .count(),
                outcome.selectedEpoch(),
                data.selection().describe(),
                outcome.validation(),
                outcome.test(),
                data.baselines(),
                data.splits(),
                outcome.parameters(),
                outcome.throughput(),
                data.task().throughputUnit(),
                outcome.secondsPerEpoch(),
                totalSeconds,
                outcome.extras(),
                data.available(),
                data.testTarget());
        try (RunWriter writer = archive.begin(p.spec().experiment(), p.runId())) {
            writer.spec(p.spec());
            writer.provenance(provenance.record(
                    p.hash(),
                    seeds,
                    data.source(),
                    device,
                    started,
                    kernelChecks(model),
                    jobs,
                    p.spec().overrides()));
            writer.metrics(outcome.epochs());
            writer.predictions(data.predictions(outcome.testEvaluation()));
            if (outcome.bestWeights() != null) {
                writer.bytes("model.params", outcome.bestWeights());
            }
            writer.summary(summary);
            writer.commit();
        }
        return new Result(summary, times(outcome.epochs(), prepareSeconds, (System.nanoTime() - startNanos) / 1e9));
    }

    private static RunTimes times(List<EpochRow> rows, double prepareSeconds, double totalSeconds) {
        double train = 0;
        double evaluate = 0;
        for (EpochRow row : rows) {
            if (row.split().equals(Split.TRAIN.key())) {
                train += row.seconds();
            } else {
                evaluate += row.seconds();
            }
        }
        return new RunTimes(prepareSeconds, train, evaluate, totalSeconds);
    }

    /** What the library-kernel checks of the run's model found; a remedy is also said on the console. */
    private List<KernelCheckRecord> kernelChecks(Block model) {
        List<KernelCheckRecord> records = new ArrayList<>();
        for (KernelVerdict v : ModelFactory.kernelVerdicts(model)) {
            records.add(new KernelCheckRecord(v.unit(), v.remedied(), v.describe()));
            if (v.remedied()) {
                progress.info(v.describe());
            }
        }
        return records;
    }
}
