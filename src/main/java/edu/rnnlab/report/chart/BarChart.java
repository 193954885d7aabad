package edu.rnnlab.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Bar charts: time per epoch per model, Acc@k per model, a metric per categorical swept value. A
 * hand-written cell's bar is filled with its cell colour, a library cell's with a lighter tint of it
 * (the bar counterpart of the dashed line).
 */
public final class BarChart {

    private BarChart() {}

    /**
     * Draws grouped bars, one group per category and one bar per series, with a legend under the
     * plot. One category alone is no grouping: each series then becomes its own labelled bar, and
     * the category names the x axis.
     *
     * @param axes       titles (log scales are ignored for bars)
     * @param categories the x categories
     * @param series     the bar series; NaN values leave a gap
     * @param overlapped draw series on top of each other: used when each series has a value in one
     *                   category only (one bar per model), so bars stay full width; the categories
     *                   then name the bars and no legend is drawn
     */
    public static Chart<?, ?> draw(Axes axes, List<String> categories, List<Bars> series, boolean overlapped) {
        return draw(axes, categories, series, overlapped, null, null);
    }

    /**
     * As {@link #draw(Axes, List, List, boolean)}; bars named by their categories (overlapped) get a
     * legend of the implementations instead: a full-colour box named {@code handWritten}, a lighter
     * one named {@code library}, for those present (null names: no such legend).
     */
    public static Chart<?, ?> draw(
            Axes axes,
            List<String> categories,
            List<Bars> series,
            boolean overlapped,
            String handWritten,
            String library) {
        if (categories.size() == 1 && series.size() > 1 && !overlapped) {
            return draw(
                    new Axes(axes.title(), categories.get(0), axes.yLabel(), false, false),
                    series.stream().map(Bars::name).toList(),
                    spread(series),
                    true);
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(axes.title())
                .xAxisTitle(axes.xLabel())
                .yAxisTitle(axes.yLabel())
                .build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s, axes.title(), axes.xLabel(), axes.yLabel(), String.join(" ", categories));
        ChartStyle.ticks(s, false, true);
        s.setOverlapped(overlapped);
        s.setErrorBarsColor(new Color(0x33, 0x33, 0x33));
        s.setAvailableSpaceFill(overlapped ? 0.7 : 0.85);
        int letters = categories.stream().mapToInt(String::length).sum();
        // About 7.5 px per letter: labels that would not fit side by side are turned.
        s.setXAxisLabelRotation(letters * 7.5 > ChartStyle.WIDTH * 0.8 ? 30 : 0);
        s.setYAxisMin(0.0);
        List<Legend.Entry> legend = new ArrayList<>();
        for (Bars b : series) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                double v = b.values()[i];
                double e = b.errors() == null ? 0 : b.errors()[i];
                // XChart cannot take a null next to error bars: a missing bar becomes a zero-height one.
                values.add(Double.isFinite(v) ? Double.valueOf(v) : b.errors() == null ? null : Double.valueOf(0));
                errors.add(Double.isFinite(v) && Double.isFinite(e) ? e : 0.0);
            }
            boolean spread = errors.stream().anyMatch(e -> e > 0);
            CategorySeries cs = spread
                    ? chart.addSeries(b.name(), categories, values, errors)
                    : chart.addSeries(b.name(), categories, gaps(b.values()));
            Color c = ChartStyle.colour(b.family(), b.shade());
            Color fill = b.library() ? ChartStyle.tint(c) : c;
            cs.setFillColor(fill);
            legend.add(new Legend.Entry(b.name(), fill, null, true));
        }
        return Panels.of(chart, overlapped ? implementations(series, handWritten, library) : legend);
    }

    private static List<Legend.Entry> implementations(List<Bars> series, String handWritten, String library) {
        List<Legend.Entry> out = new ArrayList<>();
        Color neutral = new Color(0x55, 0x55, 0x55);
        if (handWritten != null && series.stream().anyMatch(b -> !b.library() && !"baseline".equals(b.family()))) {
            out.add(new Legend.Entry(handWritten, neutral, null, true));
        }
        if (library != null && series.stream().anyMatch(Bars::library)) {
            out.add(new Legend.Entry(library, ChartStyle.tint(neutral), null, true));
        }
        return out;
    }

    /** The values with a gap (null) where a series has no bar: XChart skips it when there are no error bars. */
    private static List<Double> gaps(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? Double.valueOf(v) : null);
        }
        return out;
    }

    /** One series per bar, each with its value in its own column (the single category's values). */
    private static List<Bars> spread(List<Bars> series) {
        List<Bars> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Bars b = series.get(i);
            double[] v = new double[series.size()];
            double[] e = new double[series.size()];
            Arrays.fill(v, Double.NaN);
            v[i] = b.values()[0];
            e[i] = b.errors() == null ? 0 : b.errors()[0];
            out.add(new Bars(b.name(), b.family(), b.library(), b.shade(), v, e));
        }
        return out;
    }
}
