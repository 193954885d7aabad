package edu.rnnlab.report.stats;

import java.util.Collection;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * A quantity measured over several seeds: mean, sample standard deviation (n - 1 in the
 * denominator, commons-statistics' default) and how many finite values went in. Non-finite values
 * (a diverged run's NaN) are left out rather than poisoning the mean; the report counts such runs
 * separately.
 */
public record Estimate(double mean, double std, int n) {

    /** No measurement at all. */
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, 0);

    public static Estimate of(Collection<? extends Number> values) {
        double[] finite = finite(values);
        if (finite.length == 0) {
            return NONE;
        }
        double std = finite.length > 1 ? StandardDeviation.of(finite).getAsDouble() : Double.NaN;
        return new Estimate(Mean.of(finite).getAsDouble(), std, finite.length);
    }

    /** The finite values, in order. */
    public static double[] finite(Collection<? extends Number> values) {
        return values.stream()
                .filter(v -> v != null && Double.isFinite(v.doubleValue()))
                .mapToDouble(Number::doubleValue)
                .toArray();
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
