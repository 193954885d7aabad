package edu.rnnlab.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure of one or more chart panels side by side with one legend under them. It is an
 * {@link XYChart} only so that XChart's encoders (SVG, PNG) and every caller taking a chart accept
 * it; it paints its panels and the legend itself.
 */
final class Panels extends XYChart {

    private final List<? extends Chart<?, ?>> panels;
    private final Legend legend;
    private final int panelHeight;

    private Panels(List<? extends Chart<?, ?>> panels, Legend legend, int panelWidth, int panelHeight) {
        super(panelWidth * panels.size(), panelHeight + legend.height());
        this.panels = List.copyOf(panels);
        this.legend = legend;
        this.panelHeight = panelHeight;
    }

    /**
     * The panels (each {@link ChartStyle#WIDTH} wide) in a row, and the legend under them. Not
     * lower than one chart: XChart crowds the y ticks of a plot under 160 px whatever the hint.
     */
    static Panels of(List<? extends Chart<?, ?>> panels, List<Legend.Entry> entries) {
        int w = ChartStyle.WIDTH;
        return new Panels(panels, new Legend(entries, w * panels.size()), w, ChartStyle.HEIGHT);
    }

    /** One panel and its legend. */
    static Panels of(Chart<?, ?> panel, List<Legend.Entry> entries) {
        return of(List.of(panel), entries);
    }

    /** The panels, left to right. */
    List<? extends Chart<?, ?>> panels() {
        return panels;
    }

    /** The legend under the panels. */
    Legend legend() {
        return legend;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int w = width / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            Graphics2D sub = (Graphics2D) g.create();
            sub.translate(i * w, 0);
            sub.clipRect(0, 0, w, panelHeight);
            panels.get(i).paint(sub, w, panelHeight);
            sub.dispose();
        }
        legend.paint(g, panelHeight, width);
    }
}
