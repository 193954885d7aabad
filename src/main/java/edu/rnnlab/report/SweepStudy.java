package edu.rnnlab.report;

import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.BarChart;
import edu.rnnlab.report.chart.Bars;
import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A one-at-a-time hyper-parameter study: the runs whose sweep map holds one key, as a compact table
 * ({@link SweepTable}, or {@link HorizonTable} for the forecast horizon), one paragraph and a
 * chart of the headline metric against the swept value (error bars = seed std; log x for learning
 * rates and values spanning two decades). Table and figure are made separately so each is
 * numbered where it appears.
 */
final class SweepStudy {

    private SweepStudy() {}

    /** The study's table: the compact per-value table, or the horizon table for a horizon study. */
    static Table table(ExperimentRuns e, String key, ReportContext ctx) {
        return HorizonStudy.KEY.equals(key) ? HorizonTable.of(e, ctx) : SweepTable.of(e, key, ctx);
    }

    /**
     * Whether a "predicted vs true" chart of this experiment shows something no other item does. Not when
     * every setting is swept and the best is a one-layer, one-way cell: that chart is one more setting of
     * the plain cells whose predictions items 1, 2 and 6 already draw.
     */
    static boolean predictionsAddSomething(ExperimentRuns e) {
        if (!e.unswept().isEmpty()) {
            return true;
        }
        return Observations.ranked(e.groups(), e.primaryMetric()).stream()
                .findFirst()
                .map(g -> g.model().layers() > 1 || g.model().bidirectional())
                .orElse(true);
    }

    /** The chart of a study, or empty when no swept value has a test score (every run failed). */
    static Optional<Figure> figure(ExperimentRuns e, String key, ReportContext ctx) {
        Messages m = ctx.msg();
        String keyLabel = m.getOr("sweep." + key, key);
        String metric = e.primaryMetric();
        List<ModelGroup> scored =
                e.study(key).stream().filter(g -> g.test(metric).present()).toList();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ctx.numbering()
                .figure(
                        chart(e, key, keyLabel, scored, metric, m),
                        m.get(
                                // Only the line chart of a numeric sweep draws the baselines' dashed lines.
                                Metrics.isRegression(e.dataset().kind()) && numeric(scored, key)
                                        ? "caption.sweep.baselines"
                                        : "caption.sweep",
                                Metrics.label(m, metric),
                                keyLabel),
                        key,
                        metric));
    }

    static List<String> observations(ExperimentRuns e, String key, ReportContext ctx) {
        return SweepObservations.of(e, key, ctx.msg().getOr("sweep." + key, key), ctx);
    }

    private static org.knowm.xchart.internal.chartpart.Chart<?, ?> chart(
            ExperimentRuns e, String key, String keyLabel, List<ModelGroup> groups, String metric, Messages m) {
        boolean numeric = numeric(groups, key);
        Map<String, List<ModelGroup>> byModel = new LinkedHashMap<>();
        groups.forEach(
                g -> byModel.computeIfAbsent(g.label(), k -> new ArrayList<>()).add(g));
        String yLabel = Metrics.header(m, metric, e.dataset());
        String title = m.get("chart.sweep.title", Metrics.label(m, metric), keyLabel);
        if (!numeric) {
            List<String> categories = groups.stream()
                    .map(g -> SweepValues.text(g.sweep().get(key)))
                    .distinct()
                    .toList();
            List<Bars> bars = new ArrayList<>();
            byModel.forEach((label, gs) -> {
                double[] v = new double[categories.size()];
                double[] err = new double[categories.size()];
                java.util.Arrays.fill(v, Double.NaN);
                for (ModelGroup g : gs) {
                    int i = categories.indexOf(SweepValues.text(g.sweep().get(key)));
                    v[i] = g.test(metric).mean();
                    err[i] = g.test(metric).hasSpread() ? g.test(metric).std() : 0;
                }
                bars.add(new Bars(label, Palette.family(gs.get(0)), Palette.library(gs.get(0)), 0, v, err));
            });
            return BarChart.draw(new Axes(title, keyLabel, yLabel, false, false), categories, bars, false);
        }
        List<Line> lines = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Map.Entry<String, List<ModelGroup>> entry : byModel.entrySet()) {
            List<ModelGroup> gs = entry.getValue().stream()
                    .sorted(Comparator.comparingDouble(
                            g -> SweepValues.number(g.sweep().get(key))))
                    .toList();
            double[] x = gs.stream()
                    .mapToDouble(g -> SweepValues.number(g.sweep().get(key)))
                    .toArray();
            double[] y = gs.stream().mapToDouble(g -> g.test(metric).mean()).toArray();
            double[] s = gs.stream()
                    .mapToDouble(
                            g -> g.test(metric).hasSpread() ? g.test(metric).std() : 0)
                    .toArray();
            for (double v : x) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            lines.add(
                    new Line(entry.getKey(), Palette.family(gs.get(0)), Palette.library(gs.get(0)), 0, x, y, s, false));
        }
        lines.addAll(baselineLines(key, byModel.values().iterator().next(), metric));
        boolean logX = min > 0 && ("lr".equals(key) || max / min >= 100);
        boolean logY = spansDecades(lines);
        List<Line> drawn = logY ? lines.stream().map(SweepStudy::abovezero).toList() : lines;
        return LineChart.draw(new Axes(title, keyLabel, yLabel, logX, logY), drawn, LineChart.Spread.ERROR_BARS, true);
    }

    /** Whether every swept value is a number (a line chart) rather than a category (a bar chart). */
    private static boolean numeric(List<ModelGroup> groups, String key) {
        return groups.stream()
                .allMatch(g -> !Double.isNaN(SweepValues.number(g.sweep().get(key))));
    }

    /** On a log axis an error bar may not reach zero: it is cut at a tenth of the mean (the table has the std). */
    private static Line abovezero(Line l) {
        if (l.spread() == null) {
            return l;
        }
        double[] s = new double[l.spread().length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.min(l.spread()[i], 0.9 * l.y()[i]);
        }
        return new Line(l.name(), l.family(), l.library(), l.shade(), l.x(), l.y(), s, l.dashed());
    }

    /**
     * One line per trivial baseline, scored on each setting's own test split (the first model's; every
     * model shares the split of a setting): the horizon study's reference, and a floor for the others.
     */
    private static List<Line> baselineLines(String key, List<ModelGroup> groups, String metric) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        groups.stream()
                .sorted(Comparator.comparingDouble(
                        g -> SweepValues.number(g.sweep().get(key))))
                .forEach(g -> g.baselines().forEach((name, metrics) -> {
                    Double v = metrics.get(metric);
                    if (v != null && Double.isFinite(v)) {
                        points.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(new double[] {SweepValues.number(g.sweep().get(key)), v});
                    }
                }));
        List<Line> out = new ArrayList<>();
        int shade = 0;
        for (Map.Entry<String, List<double[]>> b : points.entrySet()) {
            double[] x = b.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] y = b.getValue().stream().mapToDouble(v -> v[1]).toArray();
            out.add(new Line(b.getKey(), "baseline", true, shade++, x, y, null, true));
        }
        return out;
    }

    /** Whether the plotted values span more than a decade (e.g. a learning rate that breaks training). */
    private static boolean spansDecades(List<Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Line l : lines) {
            for (double v : l.y()) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi / lo >= 20;
    }
}
