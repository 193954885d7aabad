package edu.rnnlab.experiment;

import ai.djl.Device;
import ai.djl.nn.Block;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.archive.RunWriter;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs experiments into the archive: plans every run, skips those already completed with the same
 * spec and seed, trains the rest and writes each atomically. A diverged run is archived as such and
 * the next run goes on.
 */
public final class ExperimentRunner {

    private final RunArchive archive;
    private final DataCatalog catalog;
    private final ProvenanceRecorder provenance;
    private final RunProgress progress;

    /** Settings of one invocation. */
    public record Options(String profile, long baseSeed, Integer seeds, Device device) {}

    /** What an invocation did. */
    public record Outcome(int trained, int skipped, int diverged, List<String> notes) {}

    /** A runner writing into {@code archive}, reading data through {@code catalog}. */
    public ExperimentRunner(RunArchive archive, DataCatalog catalog, ProvenanceRecorder provenance, RunProgress progress) {
        this.archive = archive;
        this.catalog = catalog;
        this.provenance = provenance;
        this.progress = progress;
    }

    /** The ids of the runs {@link #run} would train or skip, e.g. to report exactly those. */
    public Set<String> plannedRunIds(List<Registry.LoadedSpec> specs, Options options) {
        Set<String> ids = new LinkedHashSet<>();
        plan(specs, options, new ArrayList<>()).forEach(p -> ids.add(p.runId()));
        return ids;
    }

    /** Runs the given experiments in order. */
    public Outcome run(List<Registry.LoadedSpec> specs, Options options) {
        List<String> notes = new ArrayList<>();
        List<PlannedRun> plan = plan(specs, options, notes);
        notes.forEach(progress::info);
        int trained = 0;
        int skipped = 0;
        int diverged = 0;
        for (int i = 0; i < plan.size(); i++) {
            PlannedRun p = plan.get(i);
            if (archive.isCompleted(p.spec().experiment(), p.runId())) {
                progress.skipped(p.spec(), p.runId(), i + 1, plan.size());
                skipped++;
                continue;
            }
            RunSummary summary = train(p, options.device(), i + 1, plan.size());
            trained++;
            if (summary.status() == RunStatus.DIVERGED) {
                diverged++;
            }
        }
        notes.addAll(catalog.notes());
        return new Outcome(trained, skipped, diverged, notes);
    }

    /**
     * Trains an archived run's spec again, without archiving, for {@code verify}: same data, seed,
     * device and thread setting give the same numbers.
     */
    public TrainingOutcome retrain(RunSpec spec, Device device) {
        PreparedData data = catalog.load(spec.dataset());
        TrainingLoop loop = new TrainingLoop(spec.train(), device, RunSeeds.from(spec.seed()), data.selection(),
                List.of(progress.starting(spec, "verify", 1, 1)));
        return loop.run(data.model(spec.model()), data.task());
    }

    private record PlannedRun(RunSpec spec, String hash, String runId) {}

    /** Every run of the specs; experiments whose data is unavailable are left out with a note. */
    private List<PlannedRun> plan(List<Registry.LoadedSpec> specs, Options options, List<String> notes) {
        List<PlannedRun> plan = new ArrayList<>();
        for (Registry.LoadedSpec spec : specs) {
            if (!catalog.available(spec.spec().dataset())) {
                notes.add(spec.spec().id() + " skipped: no text corpus found; run 'rnnlab data fetch timemachine'"
                        + " or pass --data-dir with a .txt file");
                continue;
            }
            for (RunSpec run : RunPlanner.plan(spec, options.profile(), options.baseSeed(), options.seeds())) {
                String hash = RunIds.specHash(run, catalog.fingerprint(run.dataset()));
                plan.add(new PlannedRun(run, hash, RunIds.runId(run, hash)));
            }
        }
        return plan;
    }

    private RunSummary train(PlannedRun p, Device device, int index, int total) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        PreparedData data = catalog.load(p.spec().dataset());
        RunSeeds seeds = RunSeeds.from(p.spec().seed());
        TrainingLoop loop = new TrainingLoop(p.spec().train(), device, seeds, data.selection(),
                List.of(progress.starting(p.spec(), p.runId(), index, total)));
        Block model = data.model(p.spec().model());
        TrainingOutcome outcome = loop.run(model, data.task(), data::extras);
        RunSummary summary = new RunSummary(p.runId(), outcome.status(), outcome.message(), p.hash(),
                (int) outcome.epochs().stream().filter(r -> r.split().equals("train")).count(), outcome.selectedEpoch(),
                data.selection().describe(), outcome.validation(), outcome.test(), data.baselines(), data.splits(),
                outcome.parameters(), outcome.throughput(), data.task().throughputUnit(), outcome.secondsPerEpoch(),
                (System.nanoTime() - startNanos) / 1e9, outcome.extras(), data.available(), data.testTarget());
        try (RunWriter writer = archive.begin(p.spec().experiment(), p.runId())) {
            writer.spec(p.spec());
            writer.provenance(provenance.record(p.hash(), seeds, data.source(), device, started));
            writer.metrics(outcome.epochs());
            writer.predictions(data.predictions(outcome.testEvaluation()));
            if (outcome.bestWeights() != null) {
                writer.bytes("model.params", outcome.bestWeights());
            }
            writer.summary(summary);
            writer.commit();
        }
        progress.finished(p.spec(), summary);
        return summary;
    }
}
