package edu.rnnlab.report.stats;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * A two-sided test of a difference measured over seeds, computed with commons-statistics: a paired
 * t-test when both arms ran exactly the same seeds (same data order and initialisation, so each seed
 * is a pair), Welch's t-test when they did not, a one-sample t-test against a fixed reference (a
 * deterministic baseline), and no test at all when an arm has a single value. Every verdict in the
 * report that calls one result better than another rests on one of these.
 *
 * @param kind       which test was run
 * @param n1         values of the first arm used (pairs for a paired test)
 * @param n2         values of the second arm used (0 against a fixed reference)
 * @param difference first minus second (mean of the pairwise differences when paired)
 * @param low        lower end of the 95 % confidence interval of the difference (NaN without a test)
 * @param high       upper end of that interval
 * @param t          the t statistic (NaN without a test)
 * @param df         degrees of freedom (Welch-Satterthwaite for Welch)
 * @param p          the exact two-sided p-value (NaN without a test)
 */
public record SeedTest(
        Kind kind, int n1, int n2, double difference, double low, double high, double t, double df, double p) {

    /** Significance level of every verdict, and 1 - confidence of every interval. */
    public static final double ALPHA = 0.05;

    /** The test behind a verdict. */
    public enum Kind {
        PAIRED,
        WELCH,
        ONE_SAMPLE,
        NONE
    }

    /** Nothing to compare. */
    public static final SeedTest NONE =
            new SeedTest(Kind.NONE, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * Compares two arms keyed by seed: paired when the finite values cover the same seeds, else Welch.
     */
    public static SeedTest of(Map<Long, Double> first, Map<Long, Double> second) {
        Map<Long, Double> a = finite(first);
        Map<Long, Double> b = finite(second);
        double[] x = a.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.values().stream().mapToDouble(Double::doubleValue).toArray();
        if (a.keySet().equals(b.keySet())) {
            return paired(x, y);
        }
        return welch(x, y);
    }

    /** Paired t-test of {@code x_i - y_i}. */
    public static SeedTest paired(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return oneSample(d, 0, Kind.PAIRED, x.length, y.length);
    }

    /** One-sample t-test of the values against a fixed reference (e.g. a baseline's score). */
    public static SeedTest against(double[] values, double reference) {
        return oneSample(values, reference, Kind.ONE_SAMPLE, values.length, 0);
    }

    /** Welch's t-test (unequal variances) of two independent samples. */
    public static SeedTest welch(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return none(x, y);
        }
        double diff = Mean.of(x).getAsDouble() - Mean.of(y).getAsDouble();
        double se = Math.sqrt(
                Variance.of(x).getAsDouble() / x.length + Variance.of(y).getAsDouble() / y.length);
        if (se == 0) {
            return exact(Kind.WELCH, x.length, y.length, diff);
        }
        TTest.Result r =
                TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(x, y);
        double half = quantile(r.getDegreesOfFreedom()) * se;
        return new SeedTest(
                Kind.WELCH,
                x.length,
                y.length,
                diff,
                diff - half,
                diff + half,
                r.getStatistic(),
                r.getDegreesOfFreedom(),
                r.getPValue());
    }

    private static SeedTest oneSample(double[] v, double mu, Kind kind, int n1, int n2) {
        if (v.length < 2) {
            return new SeedTest(
                    Kind.NONE,
                    n1,
                    n2,
                    v.length == 0 ? Double.NaN : v[0] - mu,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);
        }
        double diff = Mean.of(v).getAsDouble() - mu;
        double se = Math.sqrt(Variance.of(v).getAsDouble() / v.length);
        if (se == 0) {
            return exact(kind, n1, n2, diff);
        }
        TTest.Result r = TTest.withDefaults().withMu(mu).test(v);
        double half = quantile(r.getDegreesOfFreedom()) * se;
        return new SeedTest(
                kind, n1, n2, diff, diff - half, diff + half, r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue());
    }

    /**
     * No spread at all (hand-written and library cells give identical scores on every seed): the
     * difference is known exactly, so it is certain when non-zero and absent when zero.
     */
    private static SeedTest exact(Kind kind, int n1, int n2, double diff) {
        double t = diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
        return new SeedTest(kind, n1, n2, diff, diff, diff, t, Double.NaN, diff == 0 ? 1 : 0);
    }

    private static SeedTest none(double[] x, double[] y) {
        double diff = x.length == 0 || y.length == 0
                ? Double.NaN
                : Mean.of(x).getAsDouble() - Mean.of(y).getAsDouble();
        return new SeedTest(
                Kind.NONE, x.length, y.length, diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The two-sided 95 % quantile of Student's t: 12.706 at 1 degree of freedom, 2.0395 at 31. */
    public static double quantile(double df) {
        return TDistribution.of(df).inverseSurvivalProbability(ALPHA / 2);
    }

    private static Map<Long, Double> finite(Map<Long, Double> values) {
        Map<Long, Double> out = new TreeMap<>();
        values.forEach((seed, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(seed, v);
            }
        });
        return out;
    }

    /** Whether a test could be run at all. */
    public boolean tested() {
        return kind != Kind.NONE;
    }

    /** Whether the difference is significant at {@link #ALPHA}. */
    public boolean significant() {
        return tested() && p < ALPHA;
    }
}
