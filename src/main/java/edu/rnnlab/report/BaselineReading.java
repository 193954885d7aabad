package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One sentence per trivial baseline for an experiment's analysis, over all its models and every
 * metric shown: "Against persistence (RMSE 0.911 °C, MAE 0.656 °C), all 4 models are better on
 * RMSE (p ≤ 0.012); on MAE none differs significantly." Where the baseline wins or ties on a metric
 * it adds what that says about the task (the series barely moves in one step, users return to their
 * favourite venue, ...). The tests are one-sample t-tests ({@link SeedTest#against}) of the
 * seeds against the baseline's fixed score.
 */
final class BaselineReading {

    /** The archived baseline names the report knows how to explain, with their message key. */
    private static final Map<String, String> MEANING = Map.of(
            "persistence (last value)", "persistence",
            "seasonal naive (same time yesterday)", "seasonal",
            "user's most frequent", "user_frequent",
            "most popular", "popular",
            "first-order Markov", "markov",
            "unigram", "unigram",
            "bigram (add-one)", "bigram",
            "copy source", "copy",
            "most frequent target", "frequent_target");

    private BaselineReading() {}

    static List<String> sentences(ExperimentRuns e, List<ModelGroup> groups, Messages m) {
        Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
        groups.forEach(g -> g.baselines().forEach(baselines::putIfAbsent));
        List<String> out = new ArrayList<>();
        baselines.forEach((name, scores) -> sentence(e, groups, name, scores, m).ifPresent(out::add));
        return out;
    }

    private static Optional<String> sentence(
            ExperimentRuns e, List<ModelGroup> groups, String name, Map<String, Double> scores, Messages m) {
        Phrases p = new Phrases(m);
        List<String> values = new ArrayList<>();
        // Metrics with the same outcome for every model share one clause: "better on RMSE, MAE".
        Map<Map<Difference, List<String>>, List<String>> metricsByOutcome = new LinkedHashMap<>();
        Map<Map<Difference, List<String>>, Double> weakestP = new LinkedHashMap<>();
        boolean untested = false;
        boolean baselineHolds = false;
        for (String metric : e.metricColumns()) {
            Double reference = scores.get(metric);
            if (reference == null || !Double.isFinite(reference)) {
                continue;
            }
            // The headline metric's value only: the results table has the others.
            if (metric.equals(e.primaryMetric())) {
                values.add(Metrics.label(m, metric) + " " + p.plain(reference, metric, e.dataset()));
            }
            Map<Difference, List<String>> by = new TreeMap<>();
            double worstP = 0;
            for (ModelGroup g : groups) {
                double[] seeds = Estimate.finite(g.testBySeed(metric).values());
                if (seeds.length == 0) {
                    continue;
                }
                SeedTest t = SeedTest.against(seeds, reference);
                Difference d = Difference.of(t, Metrics.lowerIsBetter(metric));
                if (d == Difference.NO_TEST) {
                    d = Difference.bySign(t.difference(), Metrics.lowerIsBetter(metric));
                    untested = true;
                } else {
                    worstP = Math.max(worstP, t.p());
                }
                by.computeIfAbsent(d, k -> new ArrayList<>()).add(g.label());
            }
            if (!by.isEmpty()) {
                baselineHolds |= by.containsKey(Difference.SECOND_BETTER) || by.containsKey(Difference.TIE);
                metricsByOutcome.computeIfAbsent(by, k -> new ArrayList<>()).add(Metrics.label(m, metric));
                weakestP.merge(by, worstP, Math::max);
            }
        }
        if (metricsByOutcome.isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        metricsByOutcome.forEach((by, metrics) ->
                clauses.add(clause(String.join(", ", metrics), by, groups.size(), weakestP.get(by), m)));
        String text = m.get(
                "analysis.baseline",
                name,
                String.join(", ", values),
                String.join("; ", clauses) + (untested ? " " + m.get("analysis.baseline.untested") : ""));
        String key = MEANING.get(name);
        if (baselineHolds && key != null) {
            text += " " + m.get("analysis.baseline.meaning." + key);
        }
        return Optional.of(text);
    }

    /** "all 4 models are better on RMSE, MAE (weakest p = 0.012)" or "RNN is better on MAE, GRU is worse on MAE". */
    private static String clause(
            String metrics, Map<Difference, List<String>> by, int models, double worstP, Messages m) {
        if (by.size() == 1) {
            Difference d = by.keySet().iterator().next();
            String who = models == 1
                    ? m.get("analysis.baseline.one", by.get(d).get(0))
                    : m.get(models == 2 ? "analysis.baseline.both" : "analysis.baseline.all", models);
            String test = worstP <= 0
                    ? ""
                    : " (" + (models == 1 ? NumberText.p(worstP) : m.get("analysis.baseline.p", NumberText.p(worstP)))
                            + ")";
            return m.get("analysis.baseline." + d.name().toLowerCase(Locale.ROOT), who, metrics, test);
        }
        List<String> parts = new ArrayList<>();
        by.forEach((d, labels) -> parts.add(m.get(
                "analysis.baseline." + d.name().toLowerCase(Locale.ROOT),
                m.get(
                        labels.size() == 1 ? "analysis.baseline.one" : "analysis.baseline.some",
                        String.join(", ", labels)),
                metrics,
                "")));
        return String.join(", ", parts);
    }
}
