package edu.rnnlab.report.chart;

/**
 * One line of a line chart.
 *
 * @param name    legend entry (unique within a chart)
 * @param family  colour family: {@code rnn}, {@code gru}, {@code lstm}, {@code baseline}, {@code truth}
 * @param library drawn dashed (a library cell) instead of solid (a hand-written one)
 * @param shade   0 for the family's colour; 1, 2, ... for lighter/darker variants of the same family
 * @param x       x values
 * @param y       y values
 * @param spread  standard deviation per point (band or error bar), or null; all zeros (one seed) draws none
 * @param dashed  a reference line (e.g. a trivial baseline): thin, dashed, never marked; kept for
 *                callers of the time when it meant a validation curve
 */
public record Line(
        String name,
        String family,
        boolean library,
        int shade,
        double[] x,
        double[] y,
        double[] spread,
        boolean dashed) {

    /** Whether this is a reference line rather than a model's curve. */
    boolean reference() {
        return "baseline".equals(family);
    }

    /** Whether the spread says anything: some point has a positive, finite std. */
    public boolean hasSpread() {
        if (spread == null) {
            return false;
        }
        for (double s : spread) {
            if (Double.isFinite(s) && s > 0) {
                return true;
            }
        }
        return false;
    }
}
