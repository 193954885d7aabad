package edu.rnnlab.report;

import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.stats.Estimate;
import java.util.Map;
import java.util.Optional;

/**
 * The best trivial baseline of a metric (lowest RMSE, highest accuracy), drawn as the dashed grey
 * reference line of every metric chart: a model curve above it (for errors) has learned nothing a
 * rule of thumb does not know.
 */
final class BestBaseline {

    private BestBaseline() {}

    /** The best baseline's name and score for {@code metric}, or empty when none recorded it. */
    static Optional<Map.Entry<String, Double>> of(Map<String, Map<String, Double>> baselines, String metric) {
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Map<String, Double>> b : baselines.entrySet()) {
            Double v = b.getValue().get(metric);
            if (v != null
                    && Double.isFinite(v)
                    && (best == null || (Metrics.lowerIsBetter(metric) ? v < best.getValue() : v > best.getValue()))) {
                best = Map.entry(b.getKey(), v);
            }
        }
        return Optional.ofNullable(best);
    }

    /** As {@link #of}, from the experiment-wide estimates (their means). */
    static Optional<Map.Entry<String, Double>> ofEstimates(
            Map<String, Map<String, Estimate>> baselines, String metric) {
        Map<String, Map<String, Double>> means = new java.util.TreeMap<>();
        baselines.forEach((name, metrics) -> {
            Estimate e = metrics.get(metric);
            if (e != null && e.present()) {
                means.put(name, Map.of(metric, e.mean()));
            }
        });
        return of(means, metric);
    }

    /** The horizontal reference line of the experiment's best baseline over {@code [fromX, toX]}. */
    static Optional<Line> line(ExperimentRuns e, String metric, double fromX, double toX, Messages m) {
        return ofEstimates(e.baselines(), metric)
                .map(b -> LineChart.reference(m.get("charts.best.baseline", b.getKey()), b.getValue(), fromX, toX));
    }
}
