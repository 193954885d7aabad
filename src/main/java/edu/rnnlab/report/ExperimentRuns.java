package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.run.RunStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The archived runs of one experiment, grouped into model settings (label + sweep values) whose
 * seeds are aggregated, with its title by language (from the spec). Groups are ordered RNN, GRU, LSTM, hand-written before library, so every
 * table and chart lists models the same way.
 */
record ExperimentRuns(
        String id, int item, Map<String, String> titles, List<ArchivedRun> runs, List<ModelGroup> groups) {

    /** Groups all runs by experiment, ordered by lab item then experiment id. */
    static List<ExperimentRuns> of(List<ArchivedRun> all) {
        Map<String, List<ArchivedRun>> byId = new TreeMap<>();
        all.forEach(r -> byId.computeIfAbsent(r.spec().experiment(), k -> new ArrayList<>())
                .add(r));
        List<ExperimentRuns> out = new ArrayList<>();
        byId.forEach((id, runs) -> out.add(new ExperimentRuns(
                id, runs.get(0).spec().item(), runs.get(0).spec().title(), runs, groups(runs))));
        out.sort(Comparator.comparingInt(ExperimentRuns::item).thenComparing(ExperimentRuns::id));
        return out;
    }

    /**
     * Several experiments shown as one (items 1+2, 5+6: hand-written and library on the same data):
     * their runs pooled under {@code id} and {@code title}, the lab item of the first.
     */
    static ExperimentRuns pooled(String id, String language, String title, List<ExperimentRuns> parts) {
        List<ArchivedRun> runs = new ArrayList<>();
        parts.forEach(p -> runs.addAll(p.runs()));
        return new ExperimentRuns(id, parts.get(0).item(), Map.of(language, title), runs, groups(runs));
    }

    private static List<ModelGroup> groups(List<ArchivedRun> runs) {
        Map<String, List<ArchivedRun>> byKey = new LinkedHashMap<>();
        for (ArchivedRun r : runs) {
            byKey.computeIfAbsent(
                            r.spec().model().label() + "|"
                                    + new TreeMap<>(r.spec().sweep()),
                            k -> new ArrayList<>())
                    .add(r);
        }
        List<ModelGroup> groups = new ArrayList<>();
        byKey.values()
                .forEach(rs -> groups.add(new ModelGroup(
                        rs.get(0).spec().model().label(),
                        rs.get(0).spec().model(),
                        rs.get(0).spec().sweep(),
                        rs)));
        groups.sort(Comparator.<ModelGroup>comparingInt(g -> g.model().cell().ordinal())
                .thenComparingInt(g -> g.model().impl().ordinal())
                .thenComparingInt(g -> g.model().layers())
                .thenComparing(g -> g.model().bidirectional())
                .thenComparing(ModelGroup::label)
                .thenComparing(g -> g.sweep().toString(), SweepValues::compareText));
        return groups;
    }

    /** The experiment title in a language, else English, else the id. */
    String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", id));
    }

    /** The data settings (the same for every run of an experiment). */
    DatasetSpec dataset() {
        return runs.get(0).spec().dataset();
    }

    /** Whether this experiment reproduces the teacher's worked example. */
    boolean courseProtocol() {
        return dataset().protocol() == Protocol.COURSE_EXAMPLE;
    }

    /** The headline metric of the task. */
    String primaryMetric() {
        List<String> cols = metricColumns();
        String known = Metrics.primary(dataset().kind());
        return cols.contains(known) || cols.isEmpty() ? known : cols.get(0);
    }

    /**
     * The test metrics measured by any run, in display order, without MAPE when the target reaches
     * or crosses zero: a percentage of a value near 0 (a temperature of 0.5 °C) explodes and says
     * nothing about the model (validation 6 % vs test 25 % on the same model).
     */
    List<String> metricColumns() {
        Set<String> measured = new LinkedHashSet<>();
        runs.forEach(r -> measured.addAll(r.summary().test().keySet()));
        if (targetReachesZero()) {
            measured.remove(Metrics.MAPE);
        }
        return Metrics.columns(dataset().kind(), measured);
    }

    /** Whether any run's test targets span zero ({@code min <= 0 <= max}, as recorded by the run). */
    boolean targetReachesZero() {
        return runs.stream()
                .map(r -> r.summary().testTarget())
                .anyMatch(t -> t.containsKey("min") && t.containsKey("max") && t.get("min") <= 0 && t.get("max") >= 0);
    }

    /** Whether MAPE is measured but no run recorded its target range (archives older than the record). */
    boolean targetRangeUnknown() {
        return runs.stream()
                .anyMatch(r -> r.summary().test().containsKey(Metrics.MAPE)
                        && r.summary().testTarget().isEmpty());
    }

    /** The swept keys in first-seen order. */
    List<String> sweepKeys() {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(g.sweep().keySet()));
        return new ArrayList<>(keys);
    }

    /** The groups of a one-at-a-time study of {@code key}, ordered by the swept value. */
    List<ModelGroup> study(String key) {
        return groups.stream()
                .filter(g -> g.sweep().containsKey(key))
                .sorted(Comparator.comparing((ModelGroup g) -> g.sweep().get(key), SweepValues::compare))
                .toList();
    }

    /** Groups that are not part of any sweep. */
    List<ModelGroup> unswept() {
        return groups.stream().filter(g -> g.sweep().isEmpty()).toList();
    }

    /** Trivial baselines: name -> metric -> estimate over the runs that recorded them. */
    Map<String, Map<String, Estimate>> baselines() {
        Map<String, Map<String, List<Double>>> values = new TreeMap<>();
        runs.stream().filter(r -> r.summary().status() == RunStatus.COMPLETED).forEach(r -> r.summary()
                .baselines()
                .forEach((name, metrics) ->
                        metrics.forEach((metric, v) -> values.computeIfAbsent(name, k -> new LinkedHashMap<>())
                                .computeIfAbsent(metric, k -> new ArrayList<>())
                                .add(v))));
        Map<String, Map<String, Estimate>> out = new TreeMap<>();
        values.forEach((name, metrics) -> {
            Map<String, Estimate> m = new LinkedHashMap<>();
            metrics.forEach((metric, vs) -> m.put(metric, Estimate.of(vs)));
            out.put(name, m);
        });
        return out;
    }

    /** Runs that did not complete. */
    List<ArchivedRun> failed() {
        return runs.stream()
                .filter(r -> r.summary().status() != RunStatus.COMPLETED)
                .toList();
    }
}
