package edu.rnnlab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look shared by every chart: a colour per cell type, a line style per implementation
 * (hand-written solid, library dashed), fonts sized for a chart printed at half the page width.
 */
final class ChartStyle {

    /**
     * Size of one panel in pixels. The PDF prints an ordinary chart at half the text width (about
     * 85 mm), so a 14 px font prints at about 8 pt, as large as the figure caption under it.
     */
    static final int WIDTH = 400;

    static final int HEIGHT = 240;

    static final Color BASELINE = new Color(0x6E, 0x6E, 0x6E);

    private static final Color RNN = new Color(0x00, 0x72, 0xB2);
    private static final Color GRU = new Color(0xD5, 0x5E, 0x00);
    private static final Color LSTM = new Color(0x00, 0x9E, 0x73);
    private static final Color TRUTH = new Color(0x22, 0x22, 0x22);
    private static final Color OTHER = new Color(0xCC, 0x79, 0xA7);
    /** Lighter (positive) or darker (negative) per shade, so variants of one cell stay recognisable. */
    private static final double[] SHADES = {0, 0.4, -0.35, 0.65, -0.55, 0.25, -0.2, 0.8};

    /** Size of legend and row-label text. */
    static final float LEGEND_SIZE = 13f;

    private ChartStyle() {}

    /** The colour of a family (cell type) in a given shade. */
    static Color colour(String family, int shade) {
        Color base =
                switch (family) {
                    case "rnn" -> RNN;
                    case "gru" -> GRU;
                    case "lstm" -> LSTM;
                    case "baseline" -> BASELINE;
                    case "truth" -> TRUTH;
                    default -> OTHER;
                };
        double f = SHADES[Math.floorMod(shade, SHADES.length)];
        return f >= 0 ? mix(base, Color.WHITE, f) : mix(base, Color.BLACK, -f);
    }

    /** Library bars: a lighter tint of the same colour (the bar counterpart of the dashed line). */
    static Color tint(Color c) {
        return mix(c, Color.WHITE, 0.5);
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Library lines and reference lines dashed, hand-written lines solid. */
    static BasicStroke stroke(boolean dashed) {
        return dashed
                ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The thin dashed stroke of reference lines (best trivial baseline, zero effect). */
    static BasicStroke reference() {
        return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f);
    }

    /**
     * Fonts, grid and background common to every chart; the legend is drawn by {@link Panels}. The
     * font is the bundled one that can draw {@code texts} (the chart's title, axis titles, categories).
     */
    static void apply(Styler s, String... texts) {
        Font base = ChartFont.forTexts(Font.PLAIN, 14f, texts);
        s.setBaseFont(base);
        s.setChartTitleFont(base.deriveFont(Font.BOLD, 14f));
        s.setLegendFont(base.deriveFont(LEGEND_SIZE));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setLegendVisible(false);
        s.setChartPadding(6);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(base);
            a.setAxisTickLabelsFont(base.deriveFont(13f));
            a.setAxisTitlePadding(4);
            a.setPlotGridLinesColor(new Color(0xE2, 0xE2, 0xE2));
        }
    }

    /**
     * Tick labels with up to 4 significant figures and a leading zero ("0.065", not ".065"). Not on
     * logarithmic axes: XChart places ticks linearly once a formatting function is set. X ticks at
     * least 60 px apart, so even 100 epochs get about six labels that never overlap.
     */
    static void ticks(AxesChartStyler s, boolean formatX, boolean formatY) {
        if (formatY) {
            s.setyAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
        if (formatX) {
            s.setxAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
        s.setXAxisTickMarkSpacingHint(60);
        s.setYAxisTickMarkSpacingHint(40);
    }

    static String tick(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static Color mix(Color c, Color with, double f) {
        return new Color(
                (int) Math.round(c.getRed() * (1 - f) + with.getRed() * f),
                (int) Math.round(c.getGreen() * (1 - f) + with.getGreen() * f),
                (int) Math.round(c.getBlue() * (1 - f) + with.getBlue() * f));
    }
}
