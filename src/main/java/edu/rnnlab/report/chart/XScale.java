package edu.rnnlab.report.chart;

import java.util.Arrays;

/**
 * The one rule for the x axis of a sweep: powers of two (hidden size, batch size) on a log2 axis,
 * learning rates and other values spanning two decades or more on a log10 axis, anything else
 * linear. A log axis is drawn as a linear axis over the logarithm of x whose tick labels give the
 * value back ({@code 8 16 32 ...}), so log2 ticks fall on the swept powers of two.
 */
public enum XScale {
    /** x as it is. */
    LINEAR(1),
    /** log2 x, ticks at powers of two. */
    LOG2(2),
    /** log10 x, ticks at powers of ten and between. */
    LOG10(10);

    private final double base;

    XScale(double base) {
        this.base = base;
    }

    /**
     * The scale for these swept values: log2 when every value is a power of two and there are at
     * least three of them, log10 for a {@code rate} or positive values spanning a factor of 100.
     */
    public static XScale of(double[] values, boolean rate) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).distinct().toArray();
        if (v.length == 0 || Arrays.stream(v).anyMatch(x -> x <= 0)) {
            return LINEAR;
        }
        boolean powersOfTwo = Arrays.stream(v).allMatch(XScale::powerOfTwo);
        if (powersOfTwo && v.length >= 3 && !rate) {
            return LOG2;
        }
        double min = Arrays.stream(v).min().getAsDouble();
        double max = Arrays.stream(v).max().getAsDouble();
        return rate || max / min >= 100 ? LOG10 : LINEAR;
    }

    /** Where x is drawn on the (linear) axis. */
    public double position(double x) {
        return this == LINEAR ? x : Math.log(x) / Math.log(base);
    }

    /** Positions of every x. */
    public double[] positions(double[] x) {
        return Arrays.stream(x).map(this::position).toArray();
    }

    /** The tick label at axis position {@code p}: the value itself, not its logarithm. */
    String label(Double p) {
        if (p == null || !Double.isFinite(p)) {
            return "";
        }
        if (this == LOG2) {
            // Only whole powers of two are labelled: 2^5.5 would read as a value nobody swept.
            return Math.abs(p - Math.rint(p)) < 1e-6 ? ChartStyle.tick(Math.pow(2, Math.rint(p))) : "";
        }
        if (this == LINEAR) {
            return ChartStyle.tick(p);
        }
        // Between decades two significant figures ("0.0032"), never the 4 of a linear tick.
        return new java.math.BigDecimal(Math.pow(base, p))
                .round(new java.math.MathContext(2))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static boolean powerOfTwo(double x) {
        double l = Math.log(x) / Math.log(2);
        return x >= 1 && Math.abs(l - Math.rint(l)) < 1e-9;
    }
}
