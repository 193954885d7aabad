package edu.rnnlab.experiment;

import ai.djl.Device;
import ai.djl.nn.Block;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.KernelCheckRecord;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunCheck;
import edu.rnnlab.run.RunPlan;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.archive.RunWriter;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.model.library.KernelVerdict;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

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

    /**
     * Settings of one invocation.
     *
     * @param numerics  the engine settings the runs are (or, for a report, were) made with: part of their ids
     * @param overrides the command line's {@code --set} settings: part of the ids too
     */
    public record Options(String profile, long baseSeed, Integer seeds, Device device, EngineNumerics numerics,
            Overrides overrides) {

        /** Null overrides mean none. */
        public Options {
            overrides = overrides == null ? Overrides.NONE : overrides;
        }

        /** Options without overrides. */
        public Options(String profile, long baseSeed, Integer seeds, Device device, EngineNumerics numerics) {
            this(profile, baseSeed, seeds, device, numerics, Overrides.NONE);
        }
    }

    /**
     * What an invocation did.
     *
     * @param planned the experiments it planned, with their run ids (what a report of it shows)
     * @param notes   what the report must say, e.g. an experiment skipped for want of data
     */
    public record Outcome(int trained, int skipped, int diverged, List<RunPlan.Experiment> planned, List<String> notes) {}

    /** A runner writing into {@code archive}, reading data through {@code catalog}. */
    public ExperimentRunner(RunArchive archive, DataCatalog catalog, ProvenanceRecorder provenance, RunProgress progress) {
        this.archive = archive;
        this.catalog = catalog;
        this.provenance = provenance;
        this.progress = progress;
    }

    /** The ids of the runs {@link #run} would train or skip for these options (for {@code list}). */
    public Set<String> plannedRunIds(List<Registry.LoadedSpec> specs, Options options) {
        Set<String> ids = new LinkedHashSet<>();
        plan(specs, options, new ArrayList<>()).forEach(p -> ids.add(p.runId()));
        return ids;
    }

    /**
     * Runs the given experiments in order. Every run is planned and checked against its data and this
     * machine's memory first; any problem stops the invocation before the first epoch, all listed.
     */

    public Outcome run(List<Registry.LoadedSpec> specs, Options options) {
        List<String> notes = new ArrayList<>();
        List<PlannedRun> plan = plan(specs, options, notes);
        List<String> problems = Preflight.problems(plan, catalog, MemoryEstimate.Budget.ofThisMachine());
        if (!problems.isEmpty()) {
            throw Problems.of(problems, "planned run");
        }
        notes.forEach(progress::info);
        int trained = 0;
        int skipped = 0;
        int diverged = 0;
        for (int i = 0; i < plan.size(); i++) {
            PlannedRun p = plan.get(i);
            RunCheck check = archive.check(p.spec().experiment(), p.runId());
            if (check.state() == RunCheck.State.COMPLETED) {
                progress.skipped(p.spec(), p.runId(), i + 1, plan.size());
                skipped++;
                continue;
            }
            if (check.state() == RunCheck.State.DAMAGED) {
                progress.info(check.damage());
            }
            RunSummary summary = train(p, options.device(), i + 1, plan.size());
            trained++;
            if (summary.status() == RunStatus.DIVERGED) {
                diverged++;
            }
        }
        notes.addAll(catalog.notes());
        return new Outcome(trained, skipped, diverged, experiments(plan), notes);
    }

    /** The plan grouped by experiment, in registry order. */
    private static List<RunPlan.Experiment> experiments(List<PlannedRun> plan) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        for (PlannedRun p : plan) {
            ids.computeIfAbsent(p.spec().experiment(), k -> new ArrayList<>()).add(p.runId());
            items.put(p.spec().experiment(), p.spec().item());
        }
        List<RunPlan.Experiment> experiments = new ArrayList<>();
        ids.forEach((id, runIds) -> experiments.add(new RunPlan.Experiment(id, items.get(id), runIds)));
        return experiments;
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

    /**
     * Every run of the specs; experiments whose data is unavailable are left out with a note. A spec
     * that cannot be planned (a bad profile or sweep value) is an error, listed with all the others.
     */
    private List<PlannedRun> plan(List<Registry.LoadedSpec> specs, Options options, List<String> notes) {
        List<PlannedRun> plan = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Registry.LoadedSpec spec : specs) {
            if (!catalog.available(spec.spec().dataset())) {
                notes.add(spec.spec().id() + " skipped: no text corpus found; run 'rnnlab data fetch timemachine'"
                        + " or pass --data-dir with a .txt file");
                continue;
            }
            try {
                for (RunSpec run : RunPlanner.plan(spec, options.profile(), options.baseSeed(), options.seeds(),
                        options.overrides())) {
                    String hash = RunIds.specHash(run, catalog.fingerprint(run.dataset()), options.numerics());
                    plan.add(new PlannedRun(spec, run, hash, RunIds.runId(run, hash)));
                }
            } catch (RnnlabException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.of(problems, "experiment spec");
        }
        return plan;
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
            writer.provenance(provenance.record(p.hash(), seeds, data.source(), device, started, kernelChecks(model))
                    .withOverrides(p.spec().overrides()));
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
