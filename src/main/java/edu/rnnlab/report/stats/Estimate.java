package edu.rnnlab.report.stats;

import java.util.Collection;

/**
 * A quantity measured over several seeds: mean, sample standard deviation (n - 1 in the
 * denominator) and how many finite values went in. Non-finite values (a diverged run's NaN) are
 * left out rather than poisoning the mean; the report counts such runs separately.
 */
public record Estimate(double mean, double std, int n) {

    /** No measurement at all. */
    static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, 0);

    public static Estimate of(Collection<? extends Number> values) {
        double sum = 0;
        int n = 0;
        for (Number v : values) {
            if (v != null && Double.isFinite(v.doubleValue())) {
                sum += v.doubleValue();
                n++;
            }
        }
        if (n == 0) {
            return NONE;
        }
        double mean = sum / n;
        double squares = 0;
        for (Number v : values) {
            if (v != null && Double.isFinite(v.doubleValue())) {
                squares += (v.doubleValue() - mean) * (v.doubleValue() - mean);
            }
        }
        return new Estimate(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, n);
    }

    /** Whether there is a value to show. */
    public boolean present() {
        return n > 0;
    }

    /** Whether the seed spread is known (at least two seeds). */
    public boolean hasSpread() {
        return n > 1 && Double.isFinite(std);
    }
}
