package edu.rnnlab.report;

import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences under a hyper-parameter study: which value validation picks and the test score of that
 * pick, whether the runner-up is a tie (tested), whether the key matters at all (best against worst
 * on validation), the pick against the baselines on every metric, and how time per epoch moved.
 * An incomplete study says how many runs are missing and picks nothing.
 */
final class SweepObservations {

    private SweepObservations() {}

    static List<String> of(ExperimentRuns e, String key, String keyLabel, ReportContext ctx) {
        if (HorizonStudy.KEY.equals(key)) {
            return HorizonStudy.observations(e, ctx);
        }
        List<String> labels = SweepPick.labels(e, key);
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            // Several cells: each gets its own pick, named, since a cell's best need not be another's.
            String named = labels.size() > 1 ? keyLabel + " (" + label + ")" : keyLabel;
            out.addAll(ofModel(e, key, named, SweepPick.of(e, key, label), label.equals(labels.get(0)), ctx));
        }
        return out;
    }

    /**
     * Settings whose test error is more than twice the worse baseline's, in swept order: the model did not
     * learn (steps too small or too few, or too large without a NaN loss: clipping keeps it finite), so a
     * seed test against them says little.
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

    private static List<String> ofModel(
            ExperimentRuns e, String key, String keyLabel, SweepPick pick, boolean first, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        String metric = e.primaryMetric();
        String metricLabel = Metrics.label(m, metric);
        List<String> out = new ArrayList<>();
        if (!pick.complete()) {
            out.add(m.get("obs.sweep.partial", keyLabel, pick.missing(), pick.expected()));
            return out;
        }
        if (!pick.diverged().isEmpty()) {
            out.add(m.get(
                    "obs.sweep.diverged",
                    keyLabel,
                    String.join(", ", pick.diverged().stream().map(pick::value).toList())));
        }
        if (!pick.hasPick()) {
            out.add(m.get("obs.sweep.too_few", keyLabel));
            return out;
        }
        ModelGroup best = pick.picked();
        ModelGroup second = pick.runnerUp();
        ModelGroup worst = pick.ranked().get(pick.ranked().size() - 1);
        out.add(m.get(
                "obs.sweep.pick",
                keyLabel,
                pick.value(best),
                metricLabel,
                p.value(best.validation(metric), metric, e.dataset()),
                p.value(best.test(metric), metric, e.dataset())));
        SeedTest t = pick.onValidation();
        out.add(m.get(
                !t.tested() ? "obs.sweep.untested" : t.significant() ? "obs.sweep.clear" : "obs.sweep.tie",
                pick.value(second),
                p.verdict(t, metric)));
        List<ModelGroup> broken = broken(pick, metric);
        if (!broken.isEmpty()) {
            out.add(m.get(
                    "obs.sweep.broken",
                    keyLabel,
                    String.join(", ", broken.stream().map(pick::value).toList()),
                    metricLabel));
        }
        if (worst != second && !broken.contains(worst)) {
            SeedTest range = SeedTest.of(best.validationBySeed(metric), worst.validationBySeed(metric));
            out.add(m.get("obs.sweep.range", pick.value(worst), p.verdict(range, metric)));
        }
        out.addAll(BaselineVerdicts.sentences(e, best, m, true));
        ModelGroup low = pick.series().get(0);
        ModelGroup high = pick.series().get(pick.series().size() - 1);
        if (first && low.timing().present() && high.timing().present()) {
            out.add(m.get(
                    "obs.sweep.time",
                    p.seconds(low.timing()),
                    keyLabel,
                    pick.value(low),
                    p.seconds(high.timing()),
                    pick.value(high),
                    p.speed(high.timing(), low.timing())));
        }
        return out;
    }
}
