package edu.rnnlab.report.chart;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts: curves per epoch with a seed band, predicted vs true, metric vs swept value. */
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

    private LineChart() {}

    /**
     * Draws the lines.
     *
     * @param axes    titles and scales
     * @param lines   the lines, drawn in order
     * @param spread  how each line's spread is shown
     * @param markers whether to mark every point (false for long series such as predictions)
     */
    public static XYChart draw(Axes axes, List<Line> lines, Spread spread, boolean markers) {
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(axes.title())
                .xAxisTitle(axes.xLabel())
                .yAxisTitle(axes.yLabel())
                .build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s);
        // Only y labels are reformatted: XChart's own x labels space themselves better (epochs, steps).
        ChartStyle.ticks(s, false, !axes.logY());
        s.setXAxisLogarithmic(axes.logX());
        s.setYAxisLogarithmic(axes.logY());
        s.setErrorBarsColorSeriesColor(true);
        s.setMarkerSize(6);
        if (spread == Spread.BAND) {
            lines.stream()
                    .filter(l -> l.spread() != null && l.x().length > 1)
                    .forEach(l -> band(chart, l, axes.logY()));
        }
        for (Line l : lines) {
            if (l.x().length == 0) {
                continue;
            }
            XYSeries series = spread == Spread.ERROR_BARS && l.spread() != null
                    ? chart.addSeries(l.name(), l.x(), l.y(), l.spread())
                    : chart.addSeries(l.name(), l.x(), l.y());
            Color c = ChartStyle.colour(l.family(), l.shade());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineColor(c);
            series.setMarkerColor(c);
            series.setLineStyle(ChartStyle.stroke(l.dashed()));
            series.setMarker(
                    markers && !"truth".equals(l.family()) && !"baseline".equals(l.family())
                            ? ChartStyle.marker(l.library())
                            : SeriesMarkers.NONE);
        }
        return chart;
    }

    /** A filled polygon from mean + std along x and back along mean - std, kept out of the legend. */
    private static void band(XYChart chart, Line l, boolean logY) {
        int n = l.x().length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = l.x()[i];
            y[i] = l.y()[i] + l.spread()[i];
            x[2 * n - 1 - i] = l.x()[i];
            double lower = l.y()[i] - l.spread()[i];
            // A log axis cannot show values <= 0: clip the band's lower edge at a fraction of the mean.
            y[2 * n - 1 - i] = logY && lower <= 0 ? l.y()[i] * 0.5 : lower;
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
