package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.stats.Convergence;
import edu.rnnlab.report.stats.Curve;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.stats.Timing;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one model setting of one experiment (same label and sweep values), one per seed.
 * Means are taken over completed runs only: a diverged run has no meaningful test score, and the
 * report lists it separately instead of letting it distort the mean.
 *
 * @param label display name of the model, with the swept values when in a sweep
 * @param model the model spec (of the first run; identical across seeds)
 * @param sweep the swept keys and values of this setting (empty when not a sweep)
 * @param runs  every archived run of the setting, sorted by seed
 */
record ModelGroup(String label, ModelSpec model, Map<String, Object> sweep, List<ArchivedRun> runs) {

    ModelGroup {
        runs = runs.stream()
                .sorted(Comparator.comparingLong(r -> r.spec().seed()))
                .toList();
    }

    /** Runs that finished and were scored on test. */
    List<ArchivedRun> completed() {
        return runs.stream()
                .filter(r -> r.summary().status() == RunStatus.COMPLETED)
                .toList();
    }

    /** Runs that did not complete (diverged, interrupted). */
    List<ArchivedRun> failed() {
        return runs.stream()
                .filter(r -> r.summary().status() != RunStatus.COMPLETED)
                .toList();
    }

    /** A test metric over completed runs. */
    Estimate test(String metric) {
        return over(r -> r.summary().test().getOrDefault(metric, Double.NaN));
    }

    /** A validation metric (at the selected epoch) over completed runs: what model selection looks at. */
    Estimate validation(String metric) {
        return over(r -> r.summary().validation().getOrDefault(metric, Double.NaN));
    }

    /** Seconds per training epoch (median and range) and the throughput derived from the same rows. */
    Timing timing() {
        return Timing.of(completed());
    }

    /** The selected epoch over completed runs. */
    Estimate selectedEpoch() {
        return over(r -> r.summary().selectedEpoch());
    }

    /** The epochs trained over completed runs. */
    Estimate epochsRun() {
        return over(r -> r.summary().epochsRun());
    }

    /** Trainable parameters (the same for every seed). */
    long parameters() {
        return runs.isEmpty() ? 0 : runs.get(0).summary().parameters();
    }

    private Estimate over(ToDoubleFunction<ArchivedRun> f) {
        List<Double> values = new ArrayList<>();
        completed().forEach(r -> values.add(f.applyAsDouble(r)));
        return Estimate.of(values);
    }

    /**
     * A per-epoch curve of one column ({@code loss} or a metric) on one split, averaged over
     * seeds. Falls back to the failed runs when none completed, so a diverged model still shows
     * how its loss went before it blew up.
     */
    Curve curve(String split, String column) {
        List<ArchivedRun> source = completed().isEmpty() ? runs : completed();
        Map<Integer, List<Double>> byEpoch = new TreeMap<>();
        for (ArchivedRun run : source) {
            for (EpochRow row : run.epochs()) {
                if (row.split().equals(split)) {
                    double v = Metric.LOSS.key().equals(column)
                            ? row.loss()
                            : row.metrics().getOrDefault(column, Double.NaN);
                    byEpoch.computeIfAbsent(row.epoch(), e -> new ArrayList<>()).add(v);
                }
            }
        }
        return Curve.of(byEpoch);
    }

    /**
     * The first epoch whose validation {@code metric} lies within {@link Convergence#ONE_PERCENT} of the run's
     * best, over completed runs: how many epochs the setting needs to get close to where it ends up.
     */
    Estimate epochsToWithinOnePercent(String metric) {
        List<Double> values = new ArrayList<>();
        for (ArchivedRun run : completed()) {
            Map<Integer, Double> byEpoch = new TreeMap<>();
            run.epochs().stream()
                    .filter(row -> row.split().equals("val"))
                    .forEach(row -> byEpoch.put(row.epoch(), row.metrics().getOrDefault(metric, Double.NaN)));
            Convergence.epochsToWithin(byEpoch, Metrics.lowerIsBetter(metric), Convergence.ONE_PERCENT)
                    .ifPresent(e -> values.add((double) e));
        }
        return Estimate.of(values);
    }

    /** Test metric of each seed, keyed by seed (completed runs only), for paired comparisons. */
    Map<Long, Double> testBySeed(String metric) {
        Map<Long, Double> out = new TreeMap<>();
        completed().forEach(r -> out.put(r.spec().seed(), r.summary().test().getOrDefault(metric, Double.NaN)));
        return out;
    }

    /** Validation metric of each seed, keyed by seed (completed runs only), for selection ties. */
    Map<Long, Double> validationBySeed(String metric) {
        Map<Long, Double> out = new TreeMap<>();
        completed()
                .forEach(r -> out.put(r.spec().seed(), r.summary().validation().getOrDefault(metric, Double.NaN)));
        return out;
    }

    /** Test of this group's test scores against another group's (paired when they ran the same seeds). */
    SeedTest testAgainst(ModelGroup other, String metric) {
        return SeedTest.of(testBySeed(metric), other.testBySeed(metric));
    }

    /**
     * The trivial baselines scored on this setting's own test split (a swept window changes the
     * split): name -> metric -> value. Baselines do not depend on the seed, so the first completed
     * run's are the setting's.
     */
    Map<String, Map<String, Double>> baselines() {
        return completed().isEmpty() ? Map.of() : completed().get(0).summary().baselines();
    }
}
