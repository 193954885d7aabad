package edu.rnnlab.report.chart;

/**
 * One line of a line chart.
 *
 * @param name    legend entry (unique within a chart)
 * @param family  colour family: {@code rnn}, {@code gru}, {@code lstm}, {@code baseline}, {@code truth}
 * @param library drawn with the library marker (square) instead of the hand-written one (circle)
 * @param shade   0 for the family's colour; 1, 2, ... for lighter/darker variants of the same family
 * @param x       x values
 * @param y       y values
 * @param spread  standard deviation per point (band or error bar), or null
 * @param dashed  dashed line (validation curves) instead of solid (training curves)
 */
public record Line(
        String name,
        String family,
        boolean library,
        int shade,
        double[] x,
        double[] y,
        double[] spread,
        boolean dashed) {}
