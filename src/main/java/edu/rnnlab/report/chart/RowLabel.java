package edu.rnnlab.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A forest plot's row name, written left-aligned at the plot's left edge just above the row. Drawn
 * as text like the legend: XChart's own text annotation came out in a monospaced face here.
 */
final class RowLabel extends Annotation {

    private final String text;
    private final double y;

    RowLabel(String text, double y) {
        super(false);
        this.text = text;
        this.y = y;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(ChartFont.forTexts(Font.PLAIN, ChartStyle.LEGEND_SIZE, text));
        FontMetrics fm = g.getFontMetrics();
        int x = getXAxisScreenValueForMin() + 4;
        int base = getYAxisScreenValue(y) - 8;
        // A white backing keeps the grid lines from striking through the name.
        g.setColor(Color.WHITE);
        g.fillRect(x - 2, base - fm.getAscent(), fm.stringWidth(text) + 4, fm.getAscent() + 2);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.drawString(text, x, base);
    }
}
