package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of the test score along a numeric sweep, in words: where it is best and what it does on
 * either side. Two neighbouring settings count as level when their means differ by less than the sum
 * of their seed stds (the ±1 std bars overlap), so "flat" means "within the seed spread", not "equal".
 */
final class SweepTrend {

    private SweepTrend() {}

    /**
     * "falls up to 128, then flat (RNN, GRU); ..." for the cells of a study, cells with the same shape
     * named together; empty when the key is not numeric or has fewer than three scored values.
     */
    static String of(ExperimentRuns e, String key, List<String> labels, Messages m) {
        String metric = e.primaryMetric();
        Map<String, List<String>> byShape = new LinkedHashMap<>();
        for (String label : labels) {
            List<ModelGroup> series = e.study(key).stream()
                    .filter(g -> SweepPick.series(e, key, g).equals(label))
                    .filter(g -> g.test(metric).present())
                    .toList();
            if (series.size() < 3
                    || series.stream()
                            .anyMatch(g ->
                                    Double.isNaN(SweepValues.number(g.sweep().get(key))))) {
                return "";
            }
            byShape.computeIfAbsent(shape(series, metric, key, m), k -> new ArrayList<>())
                    .add(label);
        }
        List<String> parts = new ArrayList<>();
        byShape.forEach((shape, cells) -> parts.add(
                byShape.size() == 1 && labels.size() > 1
                        ? m.get("sweep.trend.all", shape)
                        : labels.size() == 1 ? shape : m.get("sweep.trend.cells", shape, String.join(", ", cells))));
        return String.join("; ", parts);
    }

    /** The shape of one cell's series (ordered by the swept value, every value scored). */
    private static String shape(List<ModelGroup> series, String metric, String key, Messages m) {
        boolean lower = Metrics.lowerIsBetter(metric);
        int best = 0;
        for (int i = 1; i < series.size(); i++) {
            double a = series.get(i).test(metric).mean();
            double b = series.get(best).test(metric).mean();
            if (lower ? a < b : a > b) {
                best = i;
            }
        }
        Estimate top = series.get(best).test(metric);
        String value = SweepValues.text(series.get(best).sweep().get(key));
        boolean leftLevel = true;
        for (int i = 0; i < best; i++) {
            leftLevel &= level(series.get(i).test(metric), top);
        }
        boolean rightLevel = true;
        for (int i = best + 1; i < series.size(); i++) {
            rightLevel &= level(series.get(i).test(metric), top);
        }
        if (leftLevel && rightLevel) {
            return m.get("sweep.trend.flat");
        }
        String head = leftLevel
                ? m.get("sweep.trend.best", value)
                : m.get(lower ? "sweep.trend.falls" : "sweep.trend.climbs", value);
        if (best == series.size() - 1) {
            return head;
        }
        return rightLevel
                ? m.get("sweep.trend.then.level", head)
                : m.get(lower ? "sweep.trend.then.rises" : "sweep.trend.then.drops", head);
    }

    /** Whether two estimates are level: their means closer than the sum of their stds. */
    static boolean level(Estimate a, Estimate b) {
        double spread = (a.hasSpread() ? a.std() : 0) + (b.hasSpread() ? b.std() : 0);
        return Math.abs(a.mean() - b.mean()) <= spread;
    }
}
