package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One paragraph under a hyper-parameter study, every number in it printed in the study's table: the
 * value each cell picks on validation with the paired test against the runner-up and the pick's test
 * score, the shape of the test score along the key, the settings where the models do not learn, the
 * batch-size confound, and each pick against the better baseline of its test split. An incomplete
 * study says how many runs are missing and picks nothing.
 */
final class SweepObservations {

    private SweepObservations() {}

    static List<String> of(ExperimentRuns e, String key, String keyLabel, ReportContext ctx) {
        if (HorizonStudy.KEY.equals(key)) {
            return HorizonStudy.observations(e, ctx);
        }
        Messages m = ctx.msg();
        String metric = e.primaryMetric();
        List<String> labels = SweepPick.labels(e, key);
        List<String> out = new ArrayList<>();
        List<String> picks = new ArrayList<>();
        List<String[]> versus = new ArrayList<>();
        Map<String, List<String>> broken = new TreeMap<>(SweepValues::compare);
        for (String label : labels) {
            // Several cells: each gets its own pick, named, since a cell's best need not be another's.
            String named = labels.size() > 1 ? keyLabel + " (" + label + ")" : keyLabel;
            SweepPick pick = SweepPick.of(e, key, label);
            if (!pick.complete()) {
                out.add(m.get("obs.sweep.partial", named, pick.missing(), pick.expected()));
                continue;
            }
            if (!pick.diverged().isEmpty()) {
                out.add(m.get(
                        "obs.sweep.diverged",
                        named,
                        String.join(
                                ", ", pick.diverged().stream().map(pick::value).toList())));
            }
            broken(pick, metric).forEach(g -> broken.computeIfAbsent(pick.value(g), k -> new ArrayList<>())
                    .add(label));
            if (!pick.hasPick()) {
                out.add(m.get("obs.sweep.too_few", named));
                continue;
            }
            picks.add(pick(pick, label, labels.size() > 1, metric, m));
            versus(pick.picked(), metric, m).ifPresent(versus::add);
        }
        if (!picks.isEmpty()) {
            out.add(0, m.get("sweep.para.picks", keyLabel, String.join("; ", picks)));
        }
        String trend = SweepTrend.of(e, key, labels, m);
        if (!trend.isEmpty()) {
            out.add(m.get("sweep.para.trend", Metrics.label(m, metric), keyLabel, trend));
        }
        if (!broken.isEmpty()) {
            List<String> at = new ArrayList<>();
            broken.forEach((value, cells) -> at.add(
                    labels.size() == 1
                            ? value
                            : value + " ("
                                    + (cells.size() == labels.size()
                                            ? m.get("sweep.para.every")
                                            : String.join(", ", cells))
                                    + ")"));
            out.add(m.get("sweep.para.broken", String.join("; ", at), Metrics.label(m, metric)));
        }
        batchConfound(e, key, m).ifPresent(out::add);
        if (!versus.isEmpty()) {
            out.add(versusSentence(versus, m));
        }
        if (out.isEmpty()) {
            return List.of();
        }
        // The paragraph may open with the key's label ("hidden size, picked ..."): a sentence starts upper case.
        String text = String.join(" ", out);
        return List.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    /** "GRU (library) 256 (a tie with the runner-up 128, p = 0.10; test 0.8886 ± 0.0012)". */
    private static String pick(SweepPick pick, String label, boolean named, String metric, Messages m) {
        SeedTest t = pick.onValidation();
        String runner = pick.value(pick.runnerUp());
        String relation =
                switch (Difference.of(t, Metrics.lowerIsBetter(metric))) {
                    case FIRST_BETTER -> m.get("sweep.para.ahead", runner, NumberText.p(t.p()));
                    case NO_TEST -> m.get("sweep.para.untested", runner);
                    default -> m.get("sweep.para.tie", runner, NumberText.p(t.p()));
                };
        String test = NumberText.meanStd(pick.picked().test(metric));
        String value = pick.value(pick.picked());
        return named
                ? m.get("sweep.para.cell", label, value, relation, test)
                : m.get("sweep.para.cell.one", value, relation, test);
    }

    /** The pick against the better baseline of its own test split, on the headline metric: {name, outcome}. */
    private static Optional<String[]> versus(ModelGroup g, String metric, Messages m) {
        Map.Entry<String, Double> baseline = HorizonStudy.bestBaseline(List.of(g), metric);
        double[] seeds = Estimate.finite(g.testBySeed(metric).values());
        if (baseline == null || seeds.length == 0) {
            return Optional.empty();
        }
        SeedTest t = SeedTest.against(seeds, baseline.getValue());
        String outcome =
                switch (Difference.of(t, Metrics.lowerIsBetter(metric))) {
                    case FIRST_BETTER -> "sweep.para.vs.better";
                    case SECOND_BETTER -> "sweep.para.vs.worse";
                    case TIE -> "sweep.para.vs.tie";
                    case NO_TEST -> "sweep.para.vs.untested";
                };
        return Optional.of(new String[] {baseline.getKey(), m.get(outcome, g.label(), NumberText.p(t.p()))});
    }

    /** "against persistence: RNN ties (p = 0.83), GRU loses (p = 0.0080)", the baseline named once where shared. */
    private static String versusSentence(List<String[]> versus, Messages m) {
        boolean shared = versus.stream().map(v -> v[0]).distinct().count() == 1;
        if (shared) {
            return m.get(
                    "sweep.para.versus",
                    versus.get(0)[0],
                    String.join(", ", versus.stream().map(v -> v[1]).toList()));
        }
        return m.get(
                "sweep.para.versus.each",
                String.join(
                        ", ",
                        versus.stream()
                                .map(v -> m.get("sweep.para.vs.against", v[1], v[0]))
                                .toList()));
    }

    /** At a fixed number of epochs a larger batch makes fewer updates: said once, with the ratio. */
    private static Optional<String> batchConfound(ExperimentRuns e, String key, Messages m) {
        if (!"batch".equals(key)) {
            return Optional.empty();
        }
        double[] values = e.study(key).stream()
                .mapToDouble(g -> SweepValues.number(g.sweep().get(key)))
                .filter(v -> v > 0)
                .sorted()
                .toArray();
        if (values.length < 2 || values[0] == values[values.length - 1]) {
            return Optional.empty();
        }
        double lo = values[0];
        double hi = values[values.length - 1];
        return Optional.of(m.get(
                "sweep.para.batch",
                e.runs().get(0).spec().train().epochs(),
                SweepValues.text(hi),
                SweepValues.text(lo),
                SweepValues.text(hi / lo)));
    }

    /**
     * Settings whose test error is more than twice the worse baseline's, in swept order: the model did not
     * learn (steps too small or too few, or too large without a NaN loss: clipping keeps it finite).
     */
    private static List<ModelGroup> broken(SweepPick pick, String metric) {
        if (!Metrics.lowerIsBetter(metric)) {
            return List.of();
        }
        return pick.series().stream()
                .filter(g -> pick.ranked().contains(g))
                .filter(g -> g.baselines().values().stream()
                        .map(b -> b.get(metric))
                        .filter(v -> v != null && Double.isFinite(v))
                        .max(Double::compare)
                        .map(worse -> g.test(metric).mean() > 2 * worse)
                        .orElse(false))
                .toList();
    }
}
