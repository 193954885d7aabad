package edu.rnnlab.report;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.BarChart;
import edu.rnnlab.report.chart.Bars;
import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.stats.Curve;
import edu.rnnlab.report.view.Figure;
import java.util.ArrayList;
import java.util.List;

/** The charts of one experiment: loss curves, validation metric per epoch, time per epoch. */
final class ExperimentCharts {

    private ExperimentCharts() {}

    /** @param timeBars draw the time-per-epoch bars (the first experiment of a section; pooled ones never) */
    static List<Figure> of(ExperimentRuns e, List<ModelGroup> groups, boolean timeBars, ReportContext ctx) {
        List<Figure> figures = new ArrayList<>();
        if (groups.isEmpty()) {
            return figures;
        }
        Messages m = ctx.msg();
        String title = e.title(ctx.lang());
        Palette palette = new Palette(groups);
        List<Line> loss = new ArrayList<>();
        for (ModelGroup g : groups) {
            loss.add(line(
                    g,
                    palette,
                    g.label() + " \u00b7 " + m.get("chart.train"),
                    g.curve("train", Metric.LOSS.key()),
                    false));
            loss.add(line(
                    g, palette, g.label() + " \u00b7 " + m.get("chart.val"), g.curve("val", Metric.LOSS.key()), true));
        }
        if (loss.stream().anyMatch(l -> l.x().length > 0)) {
            Axes axes = new Axes(
                    m.get("chart.loss.title"), m.get("chart.epoch"), m.get("chart.loss"), false, spansDecades(loss));
            figures.add(ctx.numbering()
                    .figure(
                            LineChart.draw(axes, loss, LineChart.Spread.BAND, true),
                            m.get("caption.loss", title),
                            "loss"));
        }
        String metric = e.primaryMetric();
        List<Line> val = new ArrayList<>();
        for (ModelGroup g : groups) {
            val.add(line(g, palette, g.label(), g.curve("val", metric), false));
        }
        if (val.stream().anyMatch(l -> l.x().length > 0)) {
            Axes axes = new Axes(
                    m.get("chart.val.title", Metrics.label(m, metric)),
                    m.get("chart.epoch"),
                    Metrics.header(m, metric, e.dataset()),
                    false,
                    spansDecades(val));
            figures.add(ctx.numbering()
                    .figure(
                            LineChart.draw(axes, val, LineChart.Spread.BAND, true),
                            m.get("caption.val", Metrics.label(m, metric), title),
                            "val",
                            metric));
        }
        if (groups.size() > 1 && timeBars) {
            figures.add(timeBars(groups, palette, title, ctx));
        }
        return figures;
    }

    private static Figure timeBars(List<ModelGroup> groups, Palette palette, String title, ReportContext ctx) {
        Messages m = ctx.msg();
        List<String> categories = groups.stream().map(ModelGroup::label).toList();
        List<Bars> bars = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            ModelGroup g = groups.get(i);
            double[] v = new double[groups.size()];
            double[] err = new double[groups.size()];
            java.util.Arrays.fill(v, Double.NaN);
            // Bar = median epoch; the range is asymmetric, so the results table gives it, not error bars.
            v[i] = g.timing().median();
            bars.add(new Bars(g.label(), Palette.family(g), Palette.library(g), palette.shade(g), v, err));
        }
        Axes axes = new Axes(m.get("chart.time.title"), m.get("results.model"), m.get("chart.seconds"), false, false);
        return ctx.numbering()
                .figure(BarChart.draw(axes, categories, bars, true), m.get("caption.time", title), "time");
    }

    static Line line(ModelGroup g, Palette palette, String name, Curve c, boolean dashed) {
        return new Line(
                name, Palette.family(g), Palette.library(g), palette.shade(g), c.x(), c.mean(), c.std(), dashed);
    }

    /** Log scale when positive values span more than 1.5 decades (losses that fall steeply). */
    static boolean spansDecades(List<Line> lines) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Line l : lines) {
            for (double y : l.y()) {
                if (y <= 0) {
                    return false;
                }
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return max > 0 && max / min > Math.pow(10, 1.5);
    }
}
