package edu.rnnlab.report;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.stats.Curve;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.run.DatasetKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The charts of one experiment: loss curves (training and validation side by side), validation
 * metric per epoch against the best trivial baseline.
 */
final class ExperimentCharts {

    private ExperimentCharts() {}

    /** The charts an experiment can have; a caller draws the ones that add something where it shows them. */
    enum Kind {
        /** Training and validation loss per epoch, side by side. */
        LOSS,
        /** The task metric on validation per epoch, with the best baseline's line. */
        VALIDATION
    }

    /** Both kinds. Time per epoch is a column of every results table; the one time chart is the six cells'. */
    static final Set<Kind> CURVES = EnumSet.of(Kind.LOSS, Kind.VALIDATION);

    static List<Figure> of(ExperimentRuns e, List<ModelGroup> groups, Set<Kind> kinds, ReportContext ctx) {
        List<Figure> figures = new ArrayList<>();
        if (groups.isEmpty()) {
            return figures;
        }
        Messages m = ctx.msg();
        String title = e.title(ctx.lang());
        Palette palette = new Palette(groups);
        List<Line> train = new ArrayList<>();
        List<Line> val = new ArrayList<>();
        for (ModelGroup g : groups) {
            train.add(line(g, palette, g.label(), g.curve("train", Metric.LOSS.key()), false));
            val.add(line(g, palette, g.label(), g.curve("val", Metric.LOSS.key()), false));
        }
        List<Line> both = new ArrayList<>(train);
        both.addAll(val);
        if (kinds.contains(Kind.LOSS) && both.stream().anyMatch(l -> l.x().length > 0)) {
            // Losses on a log axis everywhere (one rule for every loss chart), unless one is not positive.
            boolean log = positive(both);
            String yLabel = m.get("chart.loss");
            Axes trainAxes = new Axes(m.get("charts.loss.train"), m.get("chart.epoch"), yLabel, false, log);
            // Without a validation split (the course protocol) the training panel stands alone.
            boolean validated = val.stream().anyMatch(l -> l.x().length > 0);
            List<Axes> axes = validated
                    ? List.of(trainAxes, new Axes(m.get("charts.loss.val"), m.get("chart.epoch"), yLabel, false, log))
                    : List.of(trainAxes);
            String key = !validated
                    ? "charts.caption.loss.train"
                    : log ? "charts.caption.loss" : "charts.caption.loss.linear";
            String caption = m.get(key, title) + spread(both, m) + m.get("charts.caption.impl");
            figures.add(ctx.numbering()
                    .figure(
                            LineChart.sideBySide(
                                    axes,
                                    validated ? List.of(train, val) : List.of(train),
                                    LineChart.Spread.BAND,
                                    true),
                            caption,
                            "loss"));
        }
        String metric = e.primaryMetric();
        List<Line> curves = new ArrayList<>();
        for (ModelGroup g : groups) {
            curves.add(line(g, palette, g.label(), g.curve("val", metric), false));
        }
        // A perplexity per epoch is exp(validation loss), a validation RMSE the root of the scaled MSE loss:
        // the loss panel already shows their course, and the tables give their values beside the baselines.
        boolean repeatsLoss = e.dataset().kind() == DatasetKind.TEXT
                || Metrics.isRegression(e.dataset().kind());
        if (kinds.contains(Kind.VALIDATION) && curves.stream().anyMatch(l -> l.x().length > 0) && !repeatsLoss) {
            double[] range = xRange(curves);
            List<Line> drawn = new ArrayList<>(curves);
            BestBaseline.line(e, metric, range[0], range[1], m).ifPresent(drawn::add);
            Axes axes = new Axes(
                    m.get("chart.val.title", Metrics.label(m, metric)),
                    m.get("chart.epoch"),
                    Metrics.header(m, metric, e.dataset()),
                    false,
                    spansDecades(curves));
            String caption = m.get("charts.caption.val", Metrics.label(m, metric), title)
                    + spread(curves, m)
                    + (drawn.size() > curves.size() ? m.get("charts.caption.baseline") : "")
                    + m.get("charts.caption.impl");
            figures.add(ctx.numbering()
                    .figure(LineChart.draw(axes, drawn, LineChart.Spread.BAND, true), caption, "val", metric));
        }
        return figures;
    }

    static Line line(ModelGroup g, Palette palette, String name, Curve c, boolean dashed) {
        return new Line(
                name, Palette.family(g), Palette.library(g), palette.shade(g), c.x(), c.mean(), c.std(), dashed);
    }

    /** "; band = ± 1 std over seeds", or "; one seed, no spread drawn" when no line has a spread. */
    static String spread(List<Line> lines, Messages m) {
        return m.get(lines.stream().anyMatch(Line::hasSpread) ? "charts.caption.band" : "charts.caption.oneseed");
    }

    /** Smallest and largest x of the lines (the span of a reference line). */
    static double[] xRange(List<Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double x : l.x()) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return new double[] {lo, hi};
    }

    /** Whether every plotted value is positive, so a log axis can show them all. */
    private static boolean positive(List<Line> lines) {
        return lines.stream().flatMapToDouble(l -> Arrays.stream(l.y())).allMatch(y -> y > 0);
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
