package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A model against each trivial baseline on every metric the experiment shows, so a model that wins
 * on RMSE but loses on MAE is reported as both. Baselines are deterministic on a test split, so each
 * metric is a one-sample t-test of the model's seeds against the baseline's value; with one seed the
 * sign alone is reported and marked untested.
 */
final class BaselineVerdicts {

    private BaselineVerdicts() {}

    /** One sentence per baseline: "X vs persistence: better on RMSE (Δ −0.076, p = 0.004); worse on MAE (...)." */
    static List<String> sentences(ExperimentRuns e, ModelGroup g, Messages m, boolean withStats) {
        List<String> out = new ArrayList<>();
        g.baselines().forEach((name, values) -> {
            String text = outcomes(e, g, values, m, withStats);
            if (!text.isEmpty()) {
                out.add(m.get("verdict.baseline", g.label(), name, text));
            }
        });
        return out;
    }

    /** "better on RMSE; worse on MAE, MAPE": the metrics grouped by outcome, in the table's order. */
    private static String outcomes(
            ExperimentRuns e, ModelGroup g, Map<String, Double> baseline, Messages m, boolean withStats) {
        Map<Difference, List<String>> by = new EnumMap<>(Difference.class);
        List<String> untested = new ArrayList<>();
        for (String metric : e.metricColumns()) {
            Double reference = baseline.get(metric);
            double[] values = Estimate.finite(g.testBySeed(metric).values());
            if (reference == null || !Double.isFinite(reference) || values.length == 0) {
                continue;
            }
            SeedTest t = SeedTest.against(values, reference);
            Difference d = Difference.of(t, Metrics.lowerIsBetter(metric));
            String label = Metrics.label(m, metric);
            if (withStats && t.tested()) {
                label += " (\u0394 " + NumberText.signed(t.difference(), 2) + ", " + NumberText.p(t.p()) + ")";
            }
            if (d == Difference.NO_TEST) {
                Difference sign = Difference.bySign(t.difference(), Metrics.lowerIsBetter(metric));
                untested.add(label + " "
                        + m.get(
                                sign == Difference.FIRST_BETTER
                                        ? "verdict.baseline.ahead"
                                        : sign == Difference.SECOND_BETTER
                                                ? "verdict.baseline.behind"
                                                : "verdict.baseline.level"));
            } else {
                by.computeIfAbsent(d, k -> new ArrayList<>()).add(label);
            }
        }
        List<String> parts = new ArrayList<>();
        by.forEach((d, metrics) -> parts.add(
                m.get("verdict.baseline." + d.name().toLowerCase(java.util.Locale.ROOT), String.join(", ", metrics))));
        if (!untested.isEmpty()) {
            parts.add(m.get("verdict.baseline.untested", String.join(", ", untested)));
        }
        return String.join("; ", parts);
    }
}
