package edu.rnnlab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend under a figure, shared by all its panels: entries flow left to right and wrap, so a
 * half-width chart keeps its whole width for the plot (a legend beside it took a third).
 */
final class Legend {

    /** One legend entry: a line sample (colour and stroke) or a filled box (bars). */
    record Entry(String name, Color colour, BasicStroke stroke, boolean box) {}

    private static final int SAMPLE = 26;
    private static final int GAP = 6;
    private static final int SPACING = 16;
    private static final int ROW = 19;
    private static final int PAD = 4;

    private final List<Entry> entries;
    private final List<List<Entry>> rows = new ArrayList<>();
    private final FontMetrics metrics;
    private final Font font;

    Legend(List<Entry> entries, int width) {
        this.entries = List.copyOf(entries);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        font = ChartFont.forTexts(
                Font.PLAIN,
                ChartStyle.LEGEND_SIZE,
                entries.stream().map(Entry::name).toArray(String[]::new));
        metrics = g.getFontMetrics(font);
        g.dispose();
        List<Entry> row = new ArrayList<>();
        int used = 0;
        for (Entry e : this.entries) {
            int w = width(e);
            if (!row.isEmpty() && used + w > width - 2 * PAD) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(e);
            used += w + SPACING;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    /** The entries, in order. */
    List<Entry> entries() {
        return entries;
    }

    /** Height in pixels; 0 without entries. */
    int height() {
        return rows.isEmpty() ? 0 : rows.size() * ROW + 2 * PAD;
    }

    /** Paints the rows centred in a band {@code width} wide whose top is at {@code top}. */
    void paint(Graphics2D g, int top, int width) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(font);
        int y = top + PAD;
        for (List<Entry> row : rows) {
            int total = row.stream().mapToInt(e -> width(e) + SPACING).sum() - SPACING;
            int x = Math.max(PAD, (width - total) / 2);
            int mid = y + ROW / 2;
            for (Entry e : row) {
                g.setColor(e.colour());
                if (e.box()) {
                    g.fillRect(x + SAMPLE / 2 - 6, mid - 6, 12, 12);
                } else {
                    g.setStroke(e.stroke());
                    g.drawLine(x, mid, x + SAMPLE, mid);
                }
                g.setColor(new Color(0x1d, 0x1d, 0x1f));
                g.drawString(e.name(), x + SAMPLE + GAP, mid + metrics.getAscent() / 2 - 1);
                x += width(e) + SPACING;
            }
            y += ROW;
        }
    }

    private int width(Entry e) {
        return SAMPLE + GAP + metrics.stringWidth(e.name());
    }
}
