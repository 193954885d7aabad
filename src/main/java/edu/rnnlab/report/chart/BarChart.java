package edu.rnnlab.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/** Bar charts: time per epoch per model, Acc@k per model, a metric per categorical swept value. */
public final class BarChart {

    private BarChart() {}

    /**
     * Draws grouped bars, one group per category and one bar per series.
     *
     * @param axes       titles (log scales are ignored for bars)
     * @param categories the x categories
     * @param series     the bar series; NaN values leave a gap
     * @param overlapped draw series on top of each other: used when each series has a value in one
     *                   category only (one bar per model), so bars stay full width
     */
    public static CategoryChart draw(Axes axes, List<String> categories, List<Bars> series, boolean overlapped) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(axes.title())
                .xAxisTitle(axes.xLabel())
                .yAxisTitle(axes.yLabel())
                .build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s);
        ChartStyle.ticks(s, false, true);
        s.setOverlapped(overlapped);
        s.setErrorBarsColor(new Color(0x33, 0x33, 0x33));
        s.setAvailableSpaceFill(overlapped ? 0.7 : 0.85);
        s.setXAxisLabelRotation(categories.size() > 4 ? 20 : 0);
        s.setYAxisMin(0.0);
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
            CategorySeries cs = b.errors() == null
                    ? chart.addSeries(b.name(), categories, values)
                    : chart.addSeries(b.name(), categories, values, errors);
            Color c = ChartStyle.colour(b.family(), b.shade());
            cs.setFillColor(b.library() ? ChartStyle.tint(c) : c);
        }
        return chart;
    }
}
