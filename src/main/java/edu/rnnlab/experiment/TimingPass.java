package edu.rnnlab.experiment;

import ai.djl.Device;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.archive.RunTiming;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.StepTimer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speeds the report compares, measured so that load cannot bias them: after training, with no
 * other run in this invocation still going (one job), each experiment's configurations (runs with the
 * same spec except the seed share one) are timed together in {@link #ROUNDS} interleaved rounds of a
 * few training steps each, and the median round becomes {@code timing.json} of every run of that
 * configuration. Interleaving: a burst of outside load lands on every configuration of the round
 * alike, so hand-written vs library, or GRU vs LSTM, stay comparable even on a busy machine.
 *
 * <p>Why not the training's own epoch times: with {@code --jobs N} a run shares the cores with
 * whatever trains beside it, and what that is depends on the schedule. Cost: about
 * {@link #ROUND_SECONDS} x {@link #ROUNDS} per configuration plus a model setup.
 */
final class TimingPass {

    static final int ROUNDS = 5;
    static final double ROUND_SECONDS = 0.03;
    private static final int WARMUP = 2;
    private static final int MAX_BATCHES = 40;

    private TimingPass() {}

    /** Times the configurations of the archived runs in {@code runs}; returns the seconds it took. */
    static double measure(List<PlannedRun> runs, DataCatalog catalog, RunArchive archive, Device device) {
        long start = System.nanoTime();
        Map<String, Map<String, List<PlannedRun>>> byExperiment = new LinkedHashMap<>();
        for (PlannedRun p : runs) {
            byExperiment
                    .computeIfAbsent(p.spec().experiment(), e -> new LinkedHashMap<>())
                    .computeIfAbsent(p.hash(), h -> new ArrayList<>())
                    .add(p);
        }
        for (Map<String, List<PlannedRun>> configurations : byExperiment.values()) {
            measureTogether(new ArrayList<>(configurations.values()), catalog, archive, device);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void measureTogether(
            List<List<PlannedRun>> configurations, DataCatalog catalog, RunArchive archive, Device device) {
        int n = configurations.size();
        List<StepTimer> timers = new ArrayList<>();
        try {
            int[] batches = new int[n];
            for (int c = 0; c < n; c++) {
                PlannedRun p = configurations.get(c).get(0); // the seeds of a configuration do the same work
                PreparedData data = catalog.load(p.spec().dataset());
                StepTimer timer = new StepTimer(
                        p.spec().train(),
                        device,
                        RunSeeds.from(p.spec().seed()),
                        data.model(p.spec().model()),
                        data.task());
                timers.add(timer);
                double warm = timer.seconds(WARMUP) / WARMUP;
                batches[c] = (int) Math.max(1, Math.min(MAX_BATCHES, Math.round(ROUND_SECONDS / Math.max(warm, 1e-6))));
            }
            double[][] perBatch = new double[n][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int c = 0; c < n; c++) {
                    perBatch[c][round] = timers.get(c).seconds(batches[c]) / batches[c];
                }
            }
            String now = Instant.now().toString();
            for (int c = 0; c < n; c++) {
                double[] sorted = perBatch[c].clone();
                Arrays.sort(sorted);
                StepTimer t = timers.get(c);
                double median = sorted[ROUNDS / 2];
                RunTiming timing = new RunTiming(
                        t.unitsPerBatch() / median,
                        t.unitsPerBatch() / sorted[ROUNDS - 1],
                        t.unitsPerBatch() / sorted[0],
                        catalog.load(configurations.get(c).get(0).spec().dataset())
                                .task()
                                .throughputUnit(),
                        median * t.batchesPerEpoch(),
                        ROUNDS,
                        batches[c],
                        n,
                        now);
                for (PlannedRun p : configurations.get(c)) {
                    archive.writeTiming(p.spec().experiment(), p.runId(), timing);
                }
            }
        } finally {
            timers.forEach(StepTimer::close);
        }
    }
}
