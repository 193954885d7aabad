package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentences under an experiment, each checkable against its results table: the model picked on
 * validation and its test score, how it compares with the runner-up (tested, on validation and on
 * test), every model against every baseline on every metric, the speed (only when the ranges do
 * not overlap), where validation selected the epoch, and runs that failed.
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
        out.add(m.get(
                onValidation(ranked, metric) ? "obs.best" : "obs.best.test",
                best.label(),
                metricLabel,
                p.value(best.validation(metric), metric, e.dataset()),
                p.value(b, metric, e.dataset()),
                b.n()));
        if (ranked.size() > 1) {
            ModelGroup second = ranked.get(1);
            SeedTest onVal = SeedTest.of(best.validationBySeed(metric), second.validationBySeed(metric));
            out.add(m.get(
                    "obs.runner_up",
                    second.label(),
                    p.value(second.test(metric), metric, e.dataset()),
                    p.verdict(onVal, metric),
                    p.verdict(best.testAgainst(second, metric), metric)));
        }
        groups.stream()
                .filter(g -> g.test(metric).present())
                .forEach(g -> out.addAll(BaselineVerdicts.sentences(e, g, m, true)));
        speed(ranked, p, m, ResultsTable.unit(e, m)).ifPresent(out::add);
        Estimate sel = best.selectedEpoch();
        Estimate ran = best.epochsRun();
        if (sel.present() && ran.present()) {
            boolean last = Math.round(sel.mean()) >= Math.round(ran.mean());
            out.add(m.get(
                    last ? "obs.epoch.last" : "obs.epoch.early",
                    best.label(),
                    NumberText.epoch(sel.mean()),
                    Math.round(ran.mean())));
        }
        int failed = groups.stream().mapToInt(g -> g.failed().size()).sum();
        int total = groups.stream().mapToInt(g -> g.runs().size()).sum();
        if (failed > 0) {
            out.add(m.get("obs.failed", failed, total));
        }
        return out;
    }

    /**
     * Groups with a test score, best first by the selection score: the validation metric, as
     * everywhere in the report; only when a group has no validation score (the course protocol has
     * no validation split) do all rank by test, and {@link #onValidation} says so.
     */
    static List<ModelGroup> ranked(List<ModelGroup> groups, String metric) {
        List<ModelGroup> scored =
                groups.stream().filter(g -> g.test(metric).present()).toList();
        boolean validation = onValidation(scored, metric);
        Comparator<ModelGroup> byMean = Comparator.comparingDouble(
                g -> validation ? g.validation(metric).mean() : g.test(metric).mean());
        return scored.stream()
                .sorted(Metrics.lowerIsBetter(metric) ? byMean : byMean.reversed())
                .toList();
    }

    /** Whether {@link #ranked} ranks these groups on validation (else on test: the course protocol). */
    static boolean onValidation(List<ModelGroup> groups, String metric) {
        return groups.stream().filter(g -> g.test(metric).present()).allMatch(g -> g.validation(metric)
                .present());
    }

    private static Optional<String> speed(List<ModelGroup> groups, Phrases p, Messages m, String unit) {
        List<ModelGroup> timed = groups.stream()
                .filter(g -> g.timing().present())
                .sorted(Comparator.comparingDouble(g -> g.timing().median()))
                .toList();
        if (timed.isEmpty()) {
            return Optional.empty();
        }
        ModelGroup fast = timed.get(0);
        if (timed.size() == 1) {
            return Optional.of(m.get(
                    "obs.speed.single",
                    fast.label(),
                    p.seconds(fast.timing()),
                    NumberText.sig(fast.timing().perSecond(), 3),
                    unit));
        }
        ModelGroup slow = timed.get(timed.size() - 1);
        return Optional.of(m.get(
                "obs.speed",
                fast.label(),
                p.speed(fast.timing(), slow.timing()),
                slow.label(),
                p.seconds(fast.timing()),
                p.seconds(slow.timing())));
    }
}
