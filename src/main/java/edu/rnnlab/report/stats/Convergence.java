package edu.rnnlab.report.stats;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How fast a run got close to its best: the first epoch whose validation value lies within a tolerance
 * (relative, e.g. 1 %) of the best value the run reached. Read from the archived per-epoch rows, so a
 * run that improves a little for many epochs and one that gets there at once are told apart even when
 * both select their last epoch.
 */
public final class Convergence {

    /** The tolerance item 7 reports: within 1 % of the best. */
    public static final double ONE_PERCENT = 0.01;

    private Convergence() {}

    /**
     * The first epoch within {@code tolerance} of the best value.
     *
     * @param byEpoch       validation value per epoch (non-finite values are skipped)
     * @param lowerIsBetter the metric's direction
     * @param tolerance     relative distance from the best, e.g. {@link #ONE_PERCENT}
     * @return the epoch, or empty when no epoch has a finite value
     */
    public static OptionalInt epochsToWithin(Map<Integer, Double> byEpoch, boolean lowerIsBetter, double tolerance) {
        double best = Double.NaN;
        for (double v : byEpoch.values()) {
            if (Double.isFinite(v) && (Double.isNaN(best) || (lowerIsBetter ? v < best : v > best))) {
                best = v;
            }
        }
        if (Double.isNaN(best)) {
            return OptionalInt.empty();
        }
        double bound = lowerIsBetter ? best + Math.abs(best) * tolerance : best - Math.abs(best) * tolerance;
        return byEpoch.entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue()))
                .filter(e -> lowerIsBetter ? e.getValue() <= bound : e.getValue() >= bound)
                .mapToInt(Map.Entry::getKey)
                .min();
    }
}
