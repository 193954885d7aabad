package edu.rnnlab.cli;

import edu.rnnlab.report.stats.SeedTest;
import java.util.Locale;
import java.util.Map;

/**
 * The test behind "A differs from B" in {@code rnnlab compare}, as the report decides it: a paired
 * t-test when both sides ran exactly the same seeds (same initialisation and batch order, so each seed
 * is a pair), Welch's t-test otherwise, and no test when a side has a single value.
 */
final class SeedComparison {

    private SeedComparison() {}

    /**
     * One line: the difference (second minus first) and the report's own test of it (paired when both
     * ran the same seeds, Welch otherwise; {@link SeedTest}), e.g. "+0.0123, paired t-test p = 0.031 (3 pairs)".
     */
    static String describe(Map<Long, Double> first, Map<Long, Double> second) {
        SeedTest test = SeedTest.of(second, first); // second minus first
        if (Double.isNaN(test.difference())) {
            return "no finite values on one side";
        }
        String head = String.format(Locale.ROOT, "%+.6g", test.difference());
        return switch (test.kind()) {
            case PAIRED -> head
                    + String.format(
                            Locale.ROOT,
                            ", paired t-test p = %.3g, 95 %% CI [%+.4g, %+.4g] (%d seed pairs)%s",
                            test.p(),
                            test.low(),
                            test.high(),
                            test.n1(),
                            verdict(test));
            case WELCH -> head
                    + String.format(
                            Locale.ROOT,
                            ", Welch t-test p = %.3g, 95 %% CI [%+.4g, %+.4g] (%d vs %d seeds)%s",
                            test.p(),
                            test.low(),
                            test.high(),
                            test.n2(),
                            test.n1(),
                            verdict(test));
            case ONE_SAMPLE, NONE -> head + ", one seed on a side: no test possible (run more seeds: --seeds 3)";
        };
    }

    private static String verdict(SeedTest test) {
        return test.significant() ? ": a real difference at the 5 % level" : ": not distinguishable from seed noise";
    }
}
