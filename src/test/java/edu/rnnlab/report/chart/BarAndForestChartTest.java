package edu.rnnlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Bars: library lighter, never one lone category; the forest plot: a row per comparison, zero line. */
class BarAndForestChartTest {

    private static final Axes AXES = new Axes("t", "Dataset", "epochs", false, false);

    @Test
    void aSingleCategoryBecomesOneLabelledBarPerSeries() {
        List<Bars> series = List.of(
                new Bars("LSTM", "lstm", false, 0, new double[] {7}, new double[] {1}),
                new Bars("GRU", "gru", true, 0, new double[] {6}, new double[] {0.5}));
        CategoryChart chart = (CategoryChart) ((Panels) BarChart.draw(AXES, List.of("Air temperature"), series, false))
                .panels()
                .get(0);
        assertEquals(List.of("LSTM", "GRU"), chart.getSeriesMap().get("LSTM").getXData());
        assertEquals("Air temperature", chart.getXAxisTitle(), "the lone category names the axis");
    }

    @Test
    void libraryBarsAreALighterTintOfTheCellColour() {
        List<Bars> series = List.of(
                new Bars("GRU (scratch)", "gru", false, 0, new double[] {1, Double.NaN}, null),
                new Bars("GRU (library)", "gru", true, 0, new double[] {Double.NaN, 2}, null));
        CategoryChart chart =
                (CategoryChart) ((Panels) BarChart.draw(AXES, List.of("GRU (scratch)", "GRU (library)"), series, true))
                        .panels()
                        .get(0);
        var scratch = chart.getSeriesMap().get("GRU (scratch)").getFillColor();
        var library = chart.getSeriesMap().get("GRU (library)").getFillColor();
        assertEquals(ChartStyle.colour("gru", 0), scratch);
        assertNotEquals(scratch, library);
        assertTrue(library.getRed() + library.getGreen() + library.getBlue()
                > scratch.getRed() + scratch.getGreen() + scratch.getBlue());
        Panels named = (Panels)
                BarChart.draw(AXES, List.of("GRU (scratch)", "GRU (library)"), series, true, "hand-written", "library");
        assertEquals(
                List.of("hand-written", "library"),
                named.legend().entries().stream().map(Legend.Entry::name).toList(),
                "the legend says which fill is which implementation");
    }

    @Test
    void forestPlotHasARowPerComparisonAnIntervalAndAZeroLine(@TempDir Path dir) {
        List<ForestChart.Row> rows = List.of(
                new ForestChart.Row("Traffic · equal hidden size", "gru", 0, -4, -12, 3),
                new ForestChart.Row("Air · equal budget", "gru", 1, -16, -31, -1),
                new ForestChart.Row("Air · one seed", "gru", 1, 2, Double.NaN, Double.NaN));
        XYChart drawn = ForestChart.draw(new Axes("Effect", "GRU − LSTM (%)", "", false, false), rows, "no difference");
        XYChart chart = (XYChart) ((Panels) drawn).panels().get(0);
        XYSeries zero = chart.getSeriesMap().get("no difference");
        assertArrayEquals(new double[] {0, 0}, zero.getXData());
        XYSeries first = chart.getSeriesMap().get("Traffic · equal hidden size");
        assertArrayEquals(new double[] {3}, first.getYData(), "first row on top");
        XYSeries ci = chart.getSeriesMap().get("Air · equal budget CI");
        assertArrayEquals(new double[] {-31, -1}, ci.getXData());
        assertArrayEquals(new double[] {2, 2}, ci.getYData(), "the interval is horizontal, on its row");
        assertTrue(chart.getSeriesMap().containsKey("Air · one seed"));
        assertTrue(!chart.getSeriesMap().containsKey("Air · one seed CI"), "no interval without one");
        new ChartFiles(dir).write(drawn, "item7-lstm-gru-effect", "figure-1", "Figure 1.");
        String keep = System.getProperty("rnnlab.chartdump");
        if (keep != null) {
            new ChartFiles(Path.of(keep)).write(drawn, "item7-lstm-gru-effect", "figure-1", "Figure 1.");
        }
    }
}
