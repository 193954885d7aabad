package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * A paired comparison of two models trained with the same seeds (same data order and
 * initialisation seed): the per-seed differences {@code a - b}, their mean and sample std, the
 * paired t statistic {@code mean / (std / sqrt(n))}, and in how many seeds the first was better.
 *
 * @param difference  mean and std of {@code a_i - b_i}
 * @param t           paired t statistic (NaN with fewer than two pairs or zero spread)
 * @param firstBetter seeds where the first model was better
 * @param significant whether |t| exceeds the two-sided 5% critical value for n - 1 degrees of freedom
 */
record PairedComparison(Estimate difference, double t, int firstBetter, boolean significant) {

    /** Two-sided 5% critical values of Student's t for 1..30 degrees of freedom. */
    private static final double[] CRITICAL = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
        2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
        2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    static PairedComparison of(double[] a, double[] b, boolean lowerIsBetter) {
        List<Double> diffs = new ArrayList<>();
        int firstBetter = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                diffs.add(a[i] - b[i]);
                if (lowerIsBetter ? a[i] < b[i] : a[i] > b[i]) {
                    firstBetter++;
                }
            }
        }
        Estimate d = Estimate.of(diffs);
        double t = d.hasSpread() && d.std() > 0 ? d.mean() / (d.std() / Math.sqrt(d.n())) : Double.NaN;
        boolean significant = Double.isFinite(t) && Math.abs(t) > critical(d.n() - 1);
        return new PairedComparison(d, t, firstBetter, significant);
    }

    /** Number of pairs. */
    int n() {
        return difference.n();
    }

    static double critical(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return Double.NaN;
        }
        if (degreesOfFreedom <= CRITICAL.length) {
            return CRITICAL[degreesOfFreedom - 1];
        }
        return degreesOfFreedom <= 60 ? 2.000 : degreesOfFreedom <= 120 ? 1.980 : 1.960;
    }
}
