package edu.rnnlab.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line charts: curves per epoch with a seed band, predicted vs true, metric vs swept value. Colour
 * says the cell, a solid line a hand-written cell and a dashed one a library cell; a thin grey
 * dashed line is a reference (a trivial baseline). Spread is drawn only where there is some (two or
 * more seeds).
 */
public final class LineChart {

    /** How the spread of a line is drawn. */
    public enum Spread {
        /** Not drawn. */
        NONE,
        /** A light band of mean ± std around the line (curves over epochs). */
        BAND,
        /** Error bars of ± std at each point (few points, e.g. swept values). */
        ERROR_BARS
    }

    /** Longer lines get no point markers: 100 markers per line hide the line itself. */
    private static final int MAX_MARKED = 25;

    private LineChart() {}

    /**
     * Draws the lines with their legend under the plot.
     *
     * @param axes    titles and scales
     * @param lines   the lines, drawn in order
     * @param spread  how each line's spread is shown
     * @param markers whether to mark every point (false for long series such as predictions)
     */
    public static XYChart draw(Axes axes, List<Line> lines, Spread spread, boolean markers) {
        return draw(axes, lines, spread, markers, XScale.LINEAR);
    }

    /** As {@link #draw(Axes, List, Spread, boolean)}, x drawn on the given scale (a sweep's values). */
    public static XYChart draw(Axes axes, List<Line> lines, Spread spread, boolean markers, XScale x) {
        return Panels.of(panel(axes, lines, spread, markers, x), legend(lines));
    }

    /**
     * Panels side by side sharing one legend (e.g. training loss | validation loss): every panel
     * has its own axes, and a line named alike in several panels has one legend entry.
     */
    public static XYChart sideBySide(List<Axes> axes, List<List<Line>> lines, Spread spread, boolean markers) {
        List<XYChart> panels = new ArrayList<>();
        Map<String, Line> unique = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            panels.add(panel(axes.get(i), lines.get(i), spread, markers, XScale.LINEAR));
            lines.get(i).forEach(l -> unique.putIfAbsent(l.name(), l));
        }
        return Panels.of(panels, legend(List.copyOf(unique.values())));
    }

    /** A horizontal reference line at {@code y} from {@code fromX} to {@code toX} (a trivial baseline). */
    public static Line reference(String name, double y, double fromX, double toX) {
        return new Line(name, "baseline", false, 0, new double[] {fromX, toX}, new double[] {y, y}, null, true);
    }

    private static XYChart panel(Axes axes, List<Line> lines, Spread spread, boolean markers, XScale scale) {
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(axes.title())
                .xAxisTitle(axes.xLabel())
                .yAxisTitle(axes.yLabel())
                .build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, axes.title(), axes.xLabel(), axes.yLabel());
        ChartStyle.ticks(s, false, !axes.logY());
        if (scale != XScale.LINEAR) {
            s.setxAxisTickLabelsFormattingFunction(scale::label);
        }
        s.setXAxisLogarithmic(axes.logX() && scale == XScale.LINEAR);
        // A log y axis is drawn as log10 y on a linear axis: XChart's own log axis labels decades
        // only, so a loss between 0.0004 and 0.003 had one label.
        XScale yScale = axes.logY() ? XScale.LOG10 : XScale.LINEAR;
        if (axes.logY()) {
            lines = lines.stream().map(LineChart::logY).toList();
            s.setyAxisTickLabelsFormattingFunction(yScale::label);
            // Ticks between decades carry long labels (0.00063): fewer of them than on a linear axis.
            s.setYAxisTickMarkSpacingHint(60);
        }
        s.setErrorBarsColorSeriesColor(true);
        s.setMarkerSize(6);
        if (spread == Spread.BAND) {
            lines.stream().filter(l -> l.hasSpread() && l.x().length > 1).forEach(l -> band(chart, l, scale));
        }
        for (Line l : lines) {
            if (l.x().length == 0) {
                continue;
            }
            double[] x = scale.positions(l.x());
            XYSeries series = spread == Spread.ERROR_BARS && l.hasSpread()
                    ? chart.addSeries(l.name(), x, l.y(), l.spread())
                    : chart.addSeries(l.name(), x, l.y());
            Color c = ChartStyle.colour(l.family(), l.shade());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineColor(c);
            series.setMarkerColor(c);
            series.setLineStyle(stroke(l));
            boolean marked = markers && l.x().length <= MAX_MARKED && !l.reference() && !"truth".equals(l.family());
            series.setMarker(marked ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        unevenX(chart, lines, scale);
        return chart;
    }

    /**
     * When every x is equally spaced (epochs, time steps) XChart labels as many of them as fit edge to
     * edge, ignoring the tick spacing hint: 100 epochs got a crowded row of labels. Past a dozen
     * values an invisible two-point series a hair apart makes the spacing uneven, so XChart chooses
     * round, hint-spaced ticks; where every x is whole (epochs, steps) only whole ticks are labelled.
     */
    private static void unevenX(XYChart chart, List<Line> lines, XScale scale) {
        long distinct = lines.stream()
                .flatMapToDouble(l -> java.util.Arrays.stream(l.x()))
                .distinct()
                .count();
        if (distinct <= 12) {
            return;
        }
        boolean whole = lines.stream()
                .flatMapToDouble(l -> java.util.Arrays.stream(l.x()))
                .allMatch(x -> x == Math.rint(x));
        if (whole && scale == XScale.LINEAR) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> x == Math.rint(x) ? ChartStyle.tick(x) : "");
        }
        lines.stream()
                .filter(l -> l.x().length > 0 && Double.isFinite(l.y()[0]))
                .findFirst()
                .ifPresent(l -> {
                    double x = scale.position(l.x()[0]);
                    double nudge = Math.max(Math.abs(x), 1) * 1e-6;
                    XYSeries spacer =
                            chart.addSeries("\u200b", new double[] {x, x + nudge}, new double[] {l.y()[0], l.y()[0]});
                    spacer.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    spacer.setLineColor(ChartStyle.withAlpha(Color.WHITE, 0));
                    spacer.setMarker(SeriesMarkers.NONE);
                    spacer.setShowInLegend(false);
                });
    }

    /**
     * The line with log10 y, its spread turned into the upper half-width in log space (a log axis
     * has no symmetric error bar; the table gives the std). Non-positive values cannot be shown.
     */
    private static Line logY(Line l) {
        double[] y = new double[l.y().length];
        double[] spread = l.spread() == null ? null : new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double v = l.y()[i];
            y[i] = v > 0 ? Math.log10(v) : Double.NaN;
            if (spread != null) {
                double s = l.spread()[i];
                spread[i] = v > 0 && Double.isFinite(s) && s > 0 ? Math.log10(v + s) - y[i] : 0;
            }
        }
        return new Line(l.name(), l.family(), l.library(), l.shade(), l.x(), y, spread, l.dashed());
    }

    private static java.awt.BasicStroke stroke(Line l) {
        return l.reference() || l.dashed() ? ChartStyle.reference() : ChartStyle.stroke(l.library());
    }

    private static List<Legend.Entry> legend(List<Line> lines) {
        return lines.stream()
                .filter(l -> l.x().length > 0)
                .map(l -> new Legend.Entry(l.name(), ChartStyle.colour(l.family(), l.shade()), stroke(l), false))
                .toList();
    }

    /** A filled polygon from mean + std along x and back along mean - std, kept out of the legend. */
    private static void band(XYChart chart, Line l, XScale scale) {
        int n = l.x().length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = scale.position(l.x()[i]);
            // On a log axis the spread is already the upper half-width in log space (see logY).
            y[i] = l.y()[i] + l.spread()[i];
            x[2 * n - 1 - i] = x[i];
            y[2 * n - 1 - i] = l.y()[i] - l.spread()[i];
        }
        XYSeries band = chart.addSeries(l.name() + " \u00b1 std", x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        Color c = ChartStyle.colour(l.family(), l.shade());
        band.setFillColor(ChartStyle.withAlpha(c, 45));
        band.setLineColor(ChartStyle.withAlpha(c, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }
}
