package edu.rnnlab.report.stats;

/**
 * How two seed-averaged results compare, judged against their seed spread. The report never calls
 * a difference real when it is no larger than the spread of either side ("within noise"), and says
 * so when a single seed leaves the spread unknown.
 */
public enum Difference {
    /** The first is better by more than the larger of the two standard deviations. */
    FIRST_BETTER,
    /** The second is better by more than the larger of the two standard deviations. */
    SECOND_BETTER,
    /** The gap is no larger than the seed spread. */
    WITHIN_NOISE,
    /** At least one side has a single seed: the spread, and so the verdict, is unknown. */
    UNKNOWN_NOISE;

    public static Difference of(Estimate first, Estimate second, boolean lowerIsBetter) {
        if (!first.hasSpread() || !second.hasSpread()) {
            return UNKNOWN_NOISE;
        }
        double gap = first.mean() - second.mean();
        if (Math.abs(gap) <= noise(first, second)) {
            return WITHIN_NOISE;
        }
        boolean firstLower = gap < 0;
        return firstLower == lowerIsBetter ? FIRST_BETTER : SECOND_BETTER;
    }

    /** The spread a difference has to exceed: the larger standard deviation of the two. */
    public static double noise(Estimate first, Estimate second) {
        return Math.max(first.std(), second.std());
    }
}
