package edu.rnnlab.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The test behind "A differs from B" in {@code rnnlab compare}, as the report decides it: a paired
 * t-test when both sides ran exactly the same seeds (same initialisation and batch order, so each seed
 * is a pair), Welch's t-test otherwise, and no test when a side has a single value.
 */
final class SeedComparison {

    private SeedComparison() {}

    /** One line: the difference (second minus first) and the test, e.g. "+0.0123, paired t-test p = 0.031 (3 pairs)". */
    static String describe(Map<Long, Double> first, Map<Long, Double> second) {
        Map<Long, Double> a = finite(first);
        Map<Long, Double> b = finite(second);
        double[] x = a.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.values().stream().mapToDouble(Double::doubleValue).toArray();
        if (x.length == 0 || y.length == 0) {
            return "no finite values on one side";
        }
        double diff = Mean.of(y).getAsDouble() - Mean.of(x).getAsDouble();
        String head = String.format(Locale.ROOT, "%+.6g", diff);
        if (a.keySet().equals(b.keySet()) && x.length >= 2) {
            double[] d = new double[x.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = y[i] - x[i];
            }
            if (Variance.of(d).getAsDouble() == 0) {
                return head + ", identical on every seed pair (no spread to test)";
            }
            double p = TTest.withDefaults().test(d).getPValue();
            return head + String.format(Locale.ROOT, ", paired t-test p = %.3g (%d seed pairs)%s", p, d.length, verdict(p));
        }
        if (x.length < 2 || y.length < 2) {
            return head + ", one seed on a side: no test possible (run more seeds: --seeds 3)";
        }
        double p = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(x, y).getPValue();
        return head + String.format(Locale.ROOT, ", Welch t-test p = %.3g (%d vs %d seeds)%s", p, x.length, y.length,
                verdict(p));
    }

    private static String verdict(double p) {
        return p < 0.05 ? ": a real difference at the 5 % level" : ": not distinguishable from seed noise";
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
}
