package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 3-6 sentences under an experiment, each checkable against its results table: the best model,
 * how it compares with the runner-up (judged against the seed spread), the trivial baseline, the
 * speed, where validation selected the epoch, and runs that failed.
 */
final class Observations {

    private Observations() {}

    static List<String> experiment(ExperimentRuns e, List<ModelGroup> groups, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        String metric = e.primaryMetric();
        String metricLabel = Metrics.label(m, metric);
        List<String> out = new ArrayList<>();
        List<ModelGroup> ranked = ranked(groups, metric);
        if (ranked.isEmpty()) {
            out.add(m.get("obs.none"));
            return out;
        }
        ModelGroup best = ranked.get(0);
        Estimate b = best.test(metric);
        out.add(m.get("obs.best", best.label(), metricLabel, p.value(b, metric, e.dataset()), b.n()));
        if (ranked.size() > 1) {
            ModelGroup second = ranked.get(1);
            Estimate s = second.test(metric);
            out.add(m.get("obs.runner_up", second.label(), p.value(s, metric, e.dataset()),
                    p.verdict(s, b, metric), NumberText.sig(Difference.noise(b, s), 2)));
        }
        baseline(e, best, metric, p, m).ifPresent(out::add);
        speed(ranked, p, m, ResultsTable.unit(e, m)).ifPresent(out::add);
        Estimate sel = best.selectedEpoch();
        Estimate ran = best.epochsRun();
        if (sel.present() && ran.present()) {
            boolean last = Math.round(sel.mean()) >= Math.round(ran.mean());
            out.add(m.get(last ? "obs.epoch.last" : "obs.epoch.early", best.label(),
                    NumberText.epoch(sel.mean()), Math.round(ran.mean())));
        }
        int failed = groups.stream().mapToInt(g -> g.failed().size()).sum();
        int total = groups.stream().mapToInt(g -> g.runs().size()).sum();
        if (failed > 0) {
            out.add(m.get("obs.failed", failed, total));
        }
        return out;
    }

    /** Groups with a test score, best first. */
    static List<ModelGroup> ranked(List<ModelGroup> groups, String metric) {
        Comparator<ModelGroup> byMean = Comparator.comparingDouble(g -> g.test(metric).mean());
        return groups.stream().filter(g -> g.test(metric).present())
                .sorted(Metrics.lowerIsBetter(metric) ? byMean : byMean.reversed()).toList();
    }

    static java.util.Optional<String> baseline(ExperimentRuns e, ModelGroup best, String metric, Phrases p, Messages m) {
        String name = null;
        Estimate base = Estimate.NONE;
        for (Map.Entry<String, Map<String, Estimate>> entry : e.baselines().entrySet()) {
            Estimate v = entry.getValue().getOrDefault(metric, Estimate.NONE);
            boolean better = Metrics.lowerIsBetter(metric) ? v.mean() < base.mean() : v.mean() > base.mean();
            if (v.present() && (!base.present() || better)) {
                name = entry.getKey();
                base = v;
            }
        }
        if (name == null) {
            return java.util.Optional.empty();
        }
        Estimate b = best.test(metric);
        double gain = Metrics.lowerIsBetter(metric) ? base.mean() - b.mean() : b.mean() - base.mean();
        String baseText = p.value(base, metric, e.dataset());
        if (gain <= 0) {
            return java.util.Optional.of(m.get("obs.baseline.not_beaten", name, baseText, best.label()));
        }
        if (b.hasSpread() && gain <= b.std()) {
            return java.util.Optional.of(m.get("obs.baseline.noise", best.label(), name, baseText));
        }
        String pct = NumberText.sig(100 * gain / Math.abs(base.mean()), 2);
        return java.util.Optional.of(m.get("obs.baseline.beaten", best.label(), name, baseText, pct));
    }

    private static java.util.Optional<String> speed(List<ModelGroup> groups, Phrases p, Messages m, String unit) {
        List<ModelGroup> timed = groups.stream().filter(g -> g.secondsPerEpoch().present())
                .sorted(Comparator.comparingDouble(g -> g.secondsPerEpoch().mean())).toList();
        if (timed.isEmpty()) {
            return java.util.Optional.empty();
        }
        ModelGroup fast = timed.get(0);
        if (timed.size() == 1) {
            return java.util.Optional.of(m.get("obs.speed.single", fast.label(), p.seconds(fast.secondsPerEpoch()),
                    NumberText.sig(fast.throughput().mean(), 3), unit));
        }
        ModelGroup slow = timed.get(timed.size() - 1);
        return java.util.Optional.of(m.get("obs.speed", fast.label(),
                p.speed(fast.secondsPerEpoch().mean(), slow.secondsPerEpoch().mean()), slow.label(),
                p.seconds(fast.secondsPerEpoch()), p.seconds(slow.secondsPerEpoch())));
    }
}
