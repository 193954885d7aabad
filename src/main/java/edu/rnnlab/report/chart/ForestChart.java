package edu.rnnlab.report.chart;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A forest plot: one row per comparison, a point at the estimated effect, a horizontal bar for its
 * confidence interval and a vertical dashed line at zero effect; each row is named above its bar,
 * first row on top. An interval that crosses the zero line is no significant difference.
 */
public final class ForestChart {

    /**
     * One row.
     *
     * @param label  the row's name on the y axis (e.g. "Air quality · equal budget")
     * @param family colour family of the point and bar
     * @param shade  variant of the family colour
     * @param effect the point estimate
     * @param low    lower end of the interval (NaN: no interval, e.g. one seed)
     * @param high   upper end of the interval
     */
    public record Row(String label, String family, int shade, double effect, double low, double high) {}

    private static final int ROW_HEIGHT = 46;

    private ForestChart() {}

    /** Draws the rows; {@code axes.yLabel()} is left out (the rows name themselves). */
    public static XYChart draw(Axes axes, List<Row> rows, String zeroName) {
        int n = rows.size();
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(Math.max(ChartStyle.HEIGHT, 120 + n * ROW_HEIGHT))
                .title(axes.title())
                .xAxisTitle(axes.xLabel())
                .build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, axes.title(), axes.xLabel(), axes.yLabel());
        ChartStyle.ticks(s, true, false);
        s.setYAxisMin(0.5);
        s.setYAxisMax(n + 0.5);
        s.setYAxisTickMarkSpacingHint(10);
        // Row i is drawn at y = n - i, so the first row is on top; only whole positions carry a name.
        s.setyAxisTickLabelsFormattingFunction(y -> {
            long i = Math.round(y);
            return Math.abs(y - i) < 1e-6 && i >= 1 && i <= n
                    ? rows.get((int) (n - i)).label()
                    : "";
        });
        s.setPlotGridHorizontalLinesVisible(false);
        double lo = 0;
        double hi = 0;
        for (Row r : rows) {
            lo = min(lo, r.effect(), r.low());
            hi = max(hi, r.effect(), r.high());
        }
        XYSeries zero = chart.addSeries(zeroName, new double[] {0, 0}, new double[] {0.5, n + 0.5});
        zero.setLineColor(ChartStyle.BASELINE);
        zero.setLineStyle(ChartStyle.reference());
        zero.setMarker(SeriesMarkers.NONE);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            double y = n - i;
            Color c = ChartStyle.colour(r.family(), r.shade());
            if (Double.isFinite(r.low()) && Double.isFinite(r.high())) {
                XYSeries ci = chart.addSeries(r.label() + " CI", new double[] {r.low(), r.high()}, new double[] {y, y});
                ci.setLineColor(c);
                ci.setLineStyle(ChartStyle.stroke(false));
                ci.setMarker(SeriesMarkers.NONE);
            }
            XYSeries point = chart.addSeries(r.label(), new double[] {r.effect()}, new double[] {y});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.DIAMOND);
            point.setMarkerColor(c);
        }
        double pad = Math.max((hi - lo) * 0.08, 1e-9);
        s.setXAxisMin(lo - pad);
        s.setXAxisMax(hi + pad);
        for (int i = 0; i < n; i++) {
            // Row i is drawn at y = n - i (first row on top), its name just above the bar.
            chart.addAnnotation(new RowLabel(rows.get(i).label(), n - i));
        }
        s.setMarkerSize(10);
        return Panels.of(
                chart, List.of(new Legend.Entry(zeroName, ChartStyle.BASELINE, ChartStyle.reference(), false)));
    }

    private static double min(double a, double b, double c) {
        return Math.min(a, Double.isFinite(c) ? Math.min(b, c) : b);
    }

    private static double max(double a, double b, double c) {
        return Math.max(a, Double.isFinite(c) ? Math.max(b, c) : b);
    }
}
