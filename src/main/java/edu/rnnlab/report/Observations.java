package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<String> pairs = pairs(e, groups, p, m);
        // Two models that are one cell by hand and by library: the pair sentence is the comparison.
        boolean onlyAPair = ranked.size() == 2 && pairs.size() == 1;
        // A runner-up that is the picked cell's other implementation is already compared in its pair sentence.
        boolean twin = ranked.size() > 1
                && !pairs.isEmpty()
                && ranked.get(1).model().cell() == best.model().cell()
                && ranked.get(1).model().impl() != best.model().impl();
        if (ranked.size() > 1 && !onlyAPair && !twin) {
            ModelGroup second = ranked.get(1);
            SeedTest onVal = SeedTest.of(best.validationBySeed(metric), second.validationBySeed(metric));
            out.add(m.get(
                    "obs.runner_up",
                    second.label(),
                    p.value(second.test(metric), metric, e.dataset()),
                    p.verdict(onVal, metric),
                    p.verdict(best.testAgainst(second, metric), metric)));
        }
        out.addAll(pairs);
        out.addAll(BaselineReading.sentences(e, groups, m));
        out.addAll(curves(best, ranked, m));
        if (!onlyAPair) {
            speed(ranked, p, m, ResultsTable.unit(e, m)).ifPresent(out::add);
        }
        int failed = groups.stream().mapToInt(g -> g.failed().size()).sum();
        int total = groups.stream().mapToInt(g -> g.runs().size()).sum();
        if (failed > 0) {
            out.add(m.get("obs.failed", failed, total));
        }
        return out;
    }

    /** The baselines and the curves only, for an experiment whose model comparison is made elsewhere (item 7). */
    static List<String> againstBaselines(ExperimentRuns e, List<ModelGroup> groups, ReportContext ctx) {
        List<ModelGroup> ranked = ranked(groups, e.primaryMetric());
        if (ranked.isEmpty()) {
            return List.of(ctx.msg().get("obs.none"));
        }
        List<String> out = new ArrayList<>(BaselineReading.sentences(e, groups, ctx.msg()));
        out.addAll(curves(ranked.get(0), ranked, ctx.msg()));
        return out;
    }

    /**
     * What the picked model's loss curves show, and every other model that overfits; models whose
     * curves read the same to the printed figures (a cell by hand and by library) share a sentence.
     */
    private static List<String> curves(ModelGroup best, List<ModelGroup> ranked, Messages m) {
        Map<String, List<String>> labelsBySentence = new LinkedHashMap<>();
        Map<String, CurveReading> readings = new LinkedHashMap<>();
        for (ModelGroup g : ranked) {
            CurveReading r = CurveReading.of(g);
            if ((g == best || r.kind() == CurveReading.Kind.OVERFITTING) && r.kind() != CurveReading.Kind.UNKNOWN) {
                String key = r.sentence("\u0000", m);
                labelsBySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(g.label());
                readings.putIfAbsent(key, r);
            }
        }
        List<String> out = new ArrayList<>();
        labelsBySentence.forEach(
                (key, labels) -> out.add(readings.get(key).sentence(String.join(m.get("analysis.and"), labels), m)));
        return out;
    }

    /**
     * Hand-written against library for each cell that has both in this experiment (same data, same
     * seeds, same initial weights): the test gap with its paired test, and the speed per epoch.
     */
    static List<String> pairs(ExperimentRuns e, List<ModelGroup> groups, Phrases p, Messages m) {
        String metric = e.primaryMetric();
        List<String> out = new ArrayList<>();
        for (Twin twin : Twin.of(groups)) {
            ModelGroup s = twin.scratch();
            ModelGroup l = twin.library();
            if (!s.test(metric).present() || !l.test(metric).present()) {
                continue;
            }
            SeedTest t = l.testAgainst(s, metric);
            // Why the numbers agree (a tie) or differ a little (one seed): same weights, same function.
            String why =
                    switch (Difference.of(t, Metrics.lowerIsBetter(metric))) {
                        case TIE -> m.get("analysis.pair.tie");
                        case NO_TEST -> m.get("analysis.pair.untested");
                        default -> "";
                    };
            out.add(m.get(
                    "analysis.pair",
                    twinName(s, m),
                    Metrics.label(m, metric),
                    p.value(s.test(metric), metric, e.dataset()),
                    p.value(l.test(metric), metric, e.dataset()),
                    p.verdict(t, metric),
                    p.speed(l.timing(), s.timing()),
                    p.seconds(l.timing()),
                    p.seconds(s.timing()),
                    why));
        }
        return out;
    }

    /** The twins' common name: the cell, with its depth and direction ("GRU x2", "Bi-LSTM"). */
    private static String twinName(ModelGroup g, Messages m) {
        String name = m.get("cell." + g.model().cell().name().toLowerCase(Locale.ROOT));
        if (g.model().layers() > 1) {
            name = m.get("term.label.layers", name, g.model().layers());
        }
        return g.model().bidirectional() ? m.get("term.label.bidirectional", name) : name;
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
