package edu.rnnlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.report.view.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One visual language: cell colour, hand-written solid and library dashed, spread only with seeds. */
class LineChartTest {

    private static final Axes AXES = new Axes("t", "Epoch", "Loss", false, false);

    private static double[] epochs(int n) {
        return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    }

    private static Line line(String name, String family, boolean library, int n, double std) {
        double[] y = IntStream.rangeClosed(1, n).mapToDouble(i -> 1.0 / i).toArray();
        double[] s = new double[n];
        java.util.Arrays.fill(s, std);
        return new Line(name, family, library, 0, epochs(n), y, s, false);
    }

    private static XYChart inner(XYChart drawn, int panel) {
        return (XYChart) ((Panels) drawn).panels().get(panel);
    }

    @Test
    void handWrittenIsSolidLibraryDashedAndColourIsTheCell() {
        XYChart chart = inner(
                LineChart.draw(
                        AXES,
                        List.of(line("GRU (scratch)", "gru", false, 5, 0), line("GRU (library)", "gru", true, 5, 0)),
                        LineChart.Spread.BAND,
                        true),
                0);
        XYSeries scratch = chart.getSeriesMap().get("GRU (scratch)");
        XYSeries library = chart.getSeriesMap().get("GRU (library)");
        assertNull(scratch.getLineStyle().getDashArray(), "hand-written: solid");
        assertTrue(library.getLineStyle().getDashArray().length > 0, "library: dashed");
        assertEquals(scratch.getLineColor(), library.getLineColor(), "one colour per cell type");
        assertEquals(scratch.getMarker(), library.getMarker(), "the marker no longer tells the implementation");
    }

    @Test
    void noBandForOneSeedAndABandForSeveral() {
        XYChart one =
                inner(LineChart.draw(AXES, List.of(line("RNN", "rnn", false, 5, 0)), LineChart.Spread.BAND, true), 0);
        XYChart several =
                inner(LineChart.draw(AXES, List.of(line("RNN", "rnn", false, 5, 0.1)), LineChart.Spread.BAND, true), 0);
        assertFalse(one.getSeriesMap().keySet().stream().anyMatch(k -> k.contains("std")));
        assertTrue(several.getSeriesMap().keySet().stream().anyMatch(k -> k.contains("std")));
    }

    @Test
    void longCurvesAreNotMarkedAndReferenceLinesAreGreyDashed() {
        Line reference = LineChart.reference("best baseline", 0.5, 1, 100);
        XYChart chart = inner(
                LineChart.draw(
                        AXES, List.of(line("LSTM", "lstm", false, 100, 0), reference), LineChart.Spread.BAND, true),
                0);
        assertEquals(SeriesMarkers.NONE, chart.getSeriesMap().get("LSTM").getMarker());
        XYSeries ref = chart.getSeriesMap().get("best baseline");
        assertEquals(ChartStyle.BASELINE, ref.getLineColor());
        assertTrue(ref.getLineStyle().getDashArray().length > 0);
        assertArrayEquals(new double[] {0.5, 0.5}, ref.getYData());
    }

    @Test
    void logYIsDrawnAsLogTenWithTheValuesAsLabels() {
        Axes log = new Axes("t", "Epoch", "Loss", false, true);
        XYChart chart =
                inner(LineChart.draw(log, List.of(line("RNN", "rnn", false, 4, 0)), LineChart.Spread.NONE, true), 0);
        assertEquals(-Math.log10(4), chart.getSeriesMap().get("RNN").getYData()[3], 1e-12);
        assertEquals(
                "0.01", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(-2.0));
    }

    @Test
    void sideBySidePanelsMakeAWideFigureOrdinaryChartsAHalfOne(@TempDir Path dir) {
        List<Line> train = List.of(line("GRU", "gru", false, 10, 0.01));
        List<Line> val = List.of(line("GRU", "gru", false, 10, 0.01));
        XYChart both = LineChart.sideBySide(List.of(AXES, AXES), List.of(train, val), LineChart.Spread.BAND, true);
        assertEquals(2, ((Panels) both).panels().size());
        assertEquals(2 * ChartStyle.WIDTH, both.getWidth());
        ChartFiles files = new ChartFiles(dir.resolve("charts"));
        Figure wide = files.write(both, "item1-x-loss", "figure-1", "Figure 1. Loss");
        Figure half = files.write(
                LineChart.draw(AXES, train, LineChart.Spread.BAND, true), "item1-x-val", "figure-2", "Figure 2.");
        assertTrue(wide.wide());
        assertFalse(half.wide());
        assertTrue(Files.exists(dir.resolve("charts/item1-x-loss.png")));
        assertTrue(wide.svg().startsWith("data:image/svg+xml;base64,"));
    }

    @Test
    void hundredEpochsGetRoundWholeTickLabelsAndTenEpochsEveryEpoch() {
        XYChart hundred =
                inner(LineChart.draw(AXES, List.of(line("GRU", "gru", false, 100, 0)), LineChart.Spread.NONE, true), 0);
        var label = hundred.getStyler().getxAxisTickLabelsFormattingFunction();
        assertEquals("20", label.apply(20.0));
        assertEquals("", label.apply(22.5), "no fractional epoch");
        XYChart ten =
                inner(LineChart.draw(AXES, List.of(line("GRU", "gru", false, 10, 0)), LineChart.Spread.NONE, true), 0);
        assertNull(ten.getStyler().getxAxisTickLabelsFormattingFunction(), "XChart labels each of ten epochs");
        assertEquals(1, ten.getSeriesMap().size(), "no spacer series for a short axis");
    }
}
