package edu.rnnlab.experiment;

import ai.djl.Device;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunCheck;
import edu.rnnlab.run.RunPlan;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.TrainingListener;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs experiments into the archive: plans every run, skips those already completed with the same
 * spec and seed, trains the rest — one after another in this process, or {@code jobs} at a time in
 * worker processes ({@link ParallelRuns}) — and writes each atomically. A diverged run is archived as
 * such; a run that fails is reported; either way the other runs go on.
 */
public final class ExperimentRunner {

    private final RunArchive archive;
    private final DataCatalog catalog;
    private final ProvenanceRecorder provenance;
    private final RunProgress progress;
    private final List<String> workerCommand;

    /**
     * Settings of one invocation.
     *
     * @param numerics  the engine settings the runs are (or, for a report, were) made with: part of their ids
     * @param overrides the command line's {@code --set} settings: part of the ids too
     * @param jobs     runs trained at the same time (1: in this process); not part of a run's identity,
     *                 because it does not change a run's numbers, only its timings
     */
    public record Options(
            String profile,
            long baseSeed,
            Integer seeds,
            Device device,
            EngineNumerics numerics,
            Overrides overrides,
            int jobs) {

        /** Null overrides mean none. */
        public Options {
            overrides = overrides == null ? Overrides.NONE : overrides;
        }

        /** Options without overrides. */
        public Options(String profile, long baseSeed, Integer seeds, Device device, EngineNumerics numerics, int jobs) {
            this(profile, baseSeed, seeds, device, numerics, Overrides.NONE, jobs);
        }
    }

    /**
     * What an invocation did.
     *
     * @param runs           every run it tried to train, in the order they ended
     * @param jobs           runs that trained at the same time
     * @param prepareSeconds data preparation in this process before training (the preflight's loading)
     * @param timingSeconds  the timing pass after training (0 when nothing was trained)
     * @param planned        the experiments it planned, with their run ids (what a report of it shows)
     */
    public record Outcome(
            int trained,
            int skipped,
            int diverged,
            int failed,
            List<String> notes,
            List<TrainedRun> runs,
            int jobs,
            double prepareSeconds,
            double timingSeconds,
            List<RunPlan.Experiment> planned) {}

    /**
     * A runner writing into {@code archive}, reading data through {@code catalog}.
     *
     * @param workerCommand the command that starts a worker process ({@link RunWorker}) for these
     *                      settings; used when {@code jobs > 1}
     */
    public ExperimentRunner(
            RunArchive archive,
            DataCatalog catalog,
            ProvenanceRecorder provenance,
            RunProgress progress,
            List<String> workerCommand) {
        this.archive = archive;
        this.catalog = catalog;
        this.provenance = provenance;
        this.progress = progress;
        this.workerCommand = List.copyOf(workerCommand);
    }

    /** The ids of the runs {@link #run} would train or skip, e.g. to report exactly those. */
    public Set<String> plannedRunIds(List<Registry.LoadedSpec> specs, Options options) {
        Set<String> ids = new LinkedHashSet<>();
        RunPlanning.of(specs, options, catalog, new ArrayList<>()).forEach(p -> ids.add(p.runId()));
        return ids;
    }

    /**
     * Runs the given experiments. Every run is planned and checked against its data and this machine's
     * memory first; any problem stops the invocation before the first epoch, all listed.
     */
    public Outcome run(List<Registry.LoadedSpec> specs, Options options) {
        List<String> notes = new ArrayList<>();
        List<PlannedRun> plan = RunPlanning.of(specs, options, catalog, notes);
        long preflightStart = System.nanoTime();
        List<String> problems = Preflight.problems(plan, catalog, MemoryEstimate.Budget.ofThisMachine());
        double prepareSeconds = (System.nanoTime() - preflightStart) / 1e9;
        if (!problems.isEmpty()) {
            throw Problems.of(problems, "planned run");
        }
        notes.forEach(progress::info);
        // What reading the data noticed (a file chosen among several, fewer sensors than asked) is said up front too.
        catalog.notes().forEach(progress::info);
        List<ParallelRuns.Numbered> toTrain = new ArrayList<>();
        Map<String, Double> weights = new HashMap<>();
        int skipped = 0;
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
            toTrain.add(new ParallelRuns.Numbered(p, i + 1, plan.size()));
            PreparedData data = catalog.load(p.spec().dataset());
            weights.put(
                    p.runId(),
                    LabClock.weight(
                            p.spec(),
                            data.task().size(Split.TRAIN),
                            data.shape(p.spec().model()).outputs()));
        }
        LabClock clock = new LabClock(weights);
        int jobs = Math.min(options.jobs(), toTrain.size());
        List<TrainedRun> runs = jobs > 1
                ? new ParallelRuns(workerCommand, jobs, archive, progress).train(heaviestFirst(toTrain, weights), clock)
                : inThisProcess(toTrain, options, clock);
        double timingSeconds = timingPass(toTrain, runs, options.device());
        notes.addAll(catalog.notes());
        int diverged = (int)
                runs.stream().filter(r -> r.status() == RunStatus.DIVERGED).count();
        int failed = (int) runs.stream().filter(r -> !r.archived()).count();
        return new Outcome(
                runs.size() - failed,
                skipped,
                diverged,
                failed,
                notes,
                runs,
                Math.max(1, jobs),
                prepareSeconds,
                timingSeconds,
                experiments(plan));
    }

    /** The plan grouped by experiment, in registry order. */
    private static List<RunPlan.Experiment> experiments(List<PlannedRun> plan) {
        Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
        Map<String, Integer> items = new java.util.LinkedHashMap<>();
        for (PlannedRun p : plan) {
            ids.computeIfAbsent(p.spec().experiment(), k -> new ArrayList<>()).add(p.runId());
            items.put(p.spec().experiment(), p.spec().item());
        }
        List<RunPlan.Experiment> experiments = new ArrayList<>();
        ids.forEach((id, runIds) -> experiments.add(new RunPlan.Experiment(id, items.get(id), runIds)));
        return experiments;
    }

    /**
     * Times the completed runs' configurations with nothing else training ({@link TimingPass}). A failure
     * here costs the report its load-proof speeds (it falls back to the training's own), not the runs.
     */
    private double timingPass(List<ParallelRuns.Numbered> toTrain, List<TrainedRun> runs, Device device) {
        Set<String> completed = new java.util.HashSet<>();
        runs.stream().filter(r -> r.status() == RunStatus.COMPLETED).forEach(r -> completed.add(r.runId()));
        List<PlannedRun> timed = toTrain.stream()
                .map(ParallelRuns.Numbered::run)
                .filter(p -> completed.contains(p.runId()))
                .toList();
        if (timed.isEmpty()) {
            return 0;
        }
        progress.info("Timing pass: the speeds the report compares, one job, interleaved rounds per experiment ...");
        try {
            return TimingPass.measure(timed, catalog, archive, device);
        } catch (RuntimeException e) {
            progress.info("The timing pass failed (" + e + "); the report compares the training's own speeds.");
            return 0;
        }
    }

    /**
     * The runs, longest expected first: with several jobs, a long run started last would leave the
     * other cores idle at the end (longest-processing-time-first scheduling).
     */
    private static List<ParallelRuns.Numbered> heaviestFirst(
            List<ParallelRuns.Numbered> runs, Map<String, Double> weights) {
        List<ParallelRuns.Numbered> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(
                        (ParallelRuns.Numbered n) -> weights.get(n.run().runId()))
                .reversed());
        return sorted;
    }

    /** One run after another in this process: what {@code --jobs 1} does, and what a worker does per run. */
    private List<TrainedRun> inThisProcess(List<ParallelRuns.Numbered> toTrain, Options options, LabClock clock) {
        RunTrainer trainer = new RunTrainer(archive, catalog, provenance, progress, 1);
        List<TrainedRun> runs = new ArrayList<>();
        for (ParallelRuns.Numbered n : toTrain) {
            PlannedRun p = n.run();
            TrainingListener bar = progress.starting(p.spec(), p.runId(), n.index(), n.total());
            clock.started(p.runId());
            progress.lab(clock.status());
            TrainedRun result;
            try {
                RunTrainer.Result r = trainer.train(p, options.device(), clock.follow(p.runId(), bar, progress));
                progress.finished(p.spec(), r.summary());
                result = new TrainedRun(p.spec(), p.runId(), r.summary().status(), r.times(), null, 0);
            } catch (RuntimeException e) { // as with workers: report the run, go on with the others
                bar.runFinished();
                result = TrainedRun.failed(p.spec(), p.runId(), TrainedRun.describe(e), TrainedRun.exitCodeOf(e));
                progress.failed(p.spec(), p.runId(), result.failure());
            }
            runs.add(result);
            clock.finished(p.runId());
            progress.lab(clock.status());
        }
        return runs;
    }

    /**
     * Trains an archived run's spec again, without archiving, for {@code verify}: same data, seed,
     * device and thread setting give the same numbers.
     */
    public TrainingOutcome retrain(RunSpec spec, Device device) {
        PreparedData data = catalog.load(spec.dataset());
        TrainingLoop loop = new TrainingLoop(
                spec.train(),
                device,
                RunSeeds.from(spec.seed()),
                data.selection(),
                List.of(progress.starting(spec, "verify", 1, 1)));
        return loop.run(data.model(spec.model()), data.task());
    }
}
