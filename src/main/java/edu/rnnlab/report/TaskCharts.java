package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.BarChart;
import edu.rnnlab.report.chart.Bars;
import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.run.PredictionRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Charts that fit one task: predicted vs true for series, Acc@k bars for check-ins. */
final class TaskCharts {

    /** Points of the test series shown: a week of hours, or a bit over half a day of 5-minute steps. */
    static final int STRETCH = 168;
    /** More predicted lines than this make the chart unreadable; the first ones are kept. */
    private static final int MAX_MODELS = 4;

    private static final List<String> ACC_AT_K =
            List.of(Metric.ACC1.key(), Metric.ACC5.key(), Metric.ACC10.key(), Metric.MRR.key());

    private TaskCharts() {}

    static Optional<Figure> predictions(ExperimentRuns e, List<ModelGroup> groups, ReportContext ctx) {
        Messages m = ctx.msg();
        Palette palette = new Palette(groups);
        List<Line> lines = new ArrayList<>();
        String series = null;
        long start = 0;
        for (ModelGroup g : groups) {
            Optional<ArchivedRun> run = g.completed().stream()
                    .filter(r -> !r.predictions().isEmpty())
                    .findFirst();
            if (run.isEmpty() || lines.size() > MAX_MODELS) {
                continue;
            }
            if (series == null) {
                series = run.get().predictions().get(0).series();
                start = run.get().predictions().get(0).step();
                lines.add(stretch(run.get(), series, start, m.get("chart.truth"), "truth", false, 0, true));
            }
            Line predicted = stretch(
                    run.get(),
                    series,
                    start,
                    g.label() + " (" + m.get("chart.seed", run.get().spec().seed()) + ")",
                    Palette.family(g),
                    Palette.library(g),
                    palette.shade(g),
                    false);
            if (predicted.x().length > 0) {
                lines.add(predicted);
            }
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String unit = Metrics.unit(m, Metric.RMSE.key(), e.dataset());
        String feature = m.getOr(
                "feature." + e.dataset().feature(), String.valueOf(e.dataset().feature()));
        // Steps relative to the stretch's start keep tick labels short ("0 24 48"), where absolute
        // indices ("7,020 7,026") overlapped; the label names the first step so the offset is not lost.
        String kind = e.dataset().kind().name().toLowerCase(java.util.Locale.ROOT);
        String xKey = m.getOr("charts.step." + kind, null) != null ? "charts.step." + kind : "charts.step";
        String xLabel = m.get(xKey, start);
        Axes axes = new Axes(
                m.get("chart.pred.title", series),
                xLabel,
                unit.isEmpty() ? feature : feature + " (" + unit + ")",
                false,
                false);
        return Optional.of(ctx.numbering()
                .figure(
                        LineChart.draw(axes, lines, LineChart.Spread.NONE, false),
                        m.get("caption.pred", series, e.title(ctx.lang())) + m.get("charts.caption.pred"),
                        "predictions"));
    }

    /** The first {@link #STRETCH} points of a series, x counted from {@code start}. */
    private static Line stretch(
            ArchivedRun run,
            String series,
            long start,
            String name,
            String family,
            boolean library,
            int shade,
            boolean actual) {
        List<PredictionRow> rows = run.predictions().stream()
                .filter(p -> p.series().equals(series))
                .limit(STRETCH)
                .toList();
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).step() - start;
            y[i] = actual ? rows.get(i).actual() : rows.get(i).predicted();
        }
        return new Line(name, family, library, shade, x, y, null, false);
    }

    static Optional<Figure> accuracyAtK(ExperimentRuns e, List<ModelGroup> groups, ReportContext ctx) {
        Messages m = ctx.msg();
        List<String> keys =
                ACC_AT_K.stream().filter(e.metricColumns()::contains).toList();
        if (keys.isEmpty() || groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> categories = keys.stream().map(k -> Metrics.label(m, k)).toList();
        Palette palette = new Palette(groups);
        List<Bars> bars = new ArrayList<>();
        for (ModelGroup g : groups) {
            double[] v = new double[keys.size()];
            double[] err = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Estimate est = g.test(keys.get(i));
                v[i] = est.mean();
                err[i] = est.hasSpread() ? est.std() : 0;
            }
            bars.add(new Bars(g.label(), Palette.family(g), Palette.library(g), palette.shade(g), v, err));
        }
        boolean spread = bars.stream().anyMatch(b -> Arrays.stream(b.errors()).anyMatch(x -> x > 0));
        int shade = 0;
        for (Map.Entry<String, Map<String, Estimate>> b : e.baselines().entrySet()) {
            double[] v = keys.stream()
                    .mapToDouble(
                            k -> b.getValue().getOrDefault(k, Estimate.NONE).mean())
                    .toArray();
            bars.add(new Bars(m.get("results.baseline", b.getKey()), "baseline", false, shade++, v, null));
        }
        Axes axes = new Axes(m.get("chart.acc.title"), m.get("chart.metric"), m.get("chart.fraction"), false, false);
        return Optional.of(ctx.numbering()
                .figure(
                        BarChart.draw(axes, categories, bars, false),
                        m.get("charts.caption.acc", e.title(ctx.lang()))
                                + m.get(spread ? "charts.caption.errorbars" : "charts.caption.oneseed")
                                + m.get("charts.caption.acc.bars"),
                        "acc-at-k"));
    }
}
