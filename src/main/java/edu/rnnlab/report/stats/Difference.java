package edu.rnnlab.report.stats;

/**
 * The verdict on two results, read from their {@link SeedTest}: one is better only when the test
 * says so at the 5 % level; otherwise it is a tie, or, with one seed per arm, untestable.
 */
public enum Difference {
    /** The first is significantly better. */
    FIRST_BETTER,
    /** The second is significantly better. */
    SECOND_BETTER,
    /** Tested, not significant: a tie within the seed spread. */
    TIE,
    /** A single seed on a side: no test is possible. */
    NO_TEST;

    public static Difference of(SeedTest test, boolean lowerIsBetter) {
        if (!test.tested()) {
            return NO_TEST;
        }
        if (!test.significant()) {
            return TIE;
        }
        return (test.difference() < 0) == lowerIsBetter ? FIRST_BETTER : SECOND_BETTER;
    }

    /** The verdict of the first against the second when the test is skipped: by the sign of the gap alone. */
    public static Difference bySign(double difference, boolean lowerIsBetter) {
        return difference == 0 ? TIE : (difference < 0) == lowerIsBetter ? FIRST_BETTER : SECOND_BETTER;
    }
}
