package edu.rnnlab.report.stats;

import java.util.List;
import java.util.Map;

/**
 * A per-epoch series averaged over seeds: x (epochs), mean and sample std (0 where one seed).
 * Epochs where every seed's value is non-finite are dropped, so a chart never draws NaN.
 */
public record Curve(double[] x, double[] mean, double[] std) {

    public static Curve of(Map<Integer, List<Double>> byEpoch) {
        int size = 0;
        double[] x = new double[byEpoch.size()];
        double[] mean = new double[byEpoch.size()];
        double[] std = new double[byEpoch.size()];
        for (Map.Entry<Integer, List<Double>> e : byEpoch.entrySet()) {
            Estimate est = Estimate.of(e.getValue());
            if (est.present()) {
                x[size] = e.getKey();
                mean[size] = est.mean();
                std[size] = est.hasSpread() ? est.std() : 0;
                size++;
            }
        }
        return new Curve(
                java.util.Arrays.copyOf(x, size),
                java.util.Arrays.copyOf(mean, size),
                java.util.Arrays.copyOf(std, size));
    }

    public boolean isEmpty() {
        return x.length == 0;
    }
}
