package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void estimateUsesSampleStdAndSkipsNaN() {
        Estimate e = Estimate.of(Arrays.asList(1.0, 2.0, 3.0, Double.NaN));
        assertEquals(3, e.n());
        assertEquals(2.0, e.mean(), 1e-12);
        assertEquals(1.0, e.std(), 1e-12);
        assertFalse(Estimate.of(Arrays.asList(5.0)).hasSpread());
    }

    @Test
    void differenceSmallerThanSpreadIsNoise() {
        Estimate a = new Estimate(1.05, 0.01, 3);
        Estimate b = new Estimate(1.055, 0.01, 3);
        assertEquals(Difference.WITHIN_NOISE, Difference.of(a, b, true));
        assertEquals(Difference.FIRST_BETTER, Difference.of(a, new Estimate(1.2, 0.01, 3), true));
        assertEquals(Difference.SECOND_BETTER, Difference.of(a, new Estimate(1.2, 0.01, 3), false));
        assertEquals(Difference.UNKNOWN_NOISE, Difference.of(a, new Estimate(1.2, Double.NaN, 1), true));
    }

    @Test
    void pairedTStatistic() {
        PairedComparison c = PairedComparison.of(new double[] {25.1, 24.8, 25.3, 24.9, 25.0},
                new double[] {25.0, 24.9, 25.1, 24.95, 25.05}, true);
        assertEquals(5, c.n());
        assertEquals(0.02, c.difference().mean(), 1e-9);
        assertEquals(0.3563, c.t(), 1e-3);
        assertEquals(3, c.firstBetter());
        assertFalse(c.significant());
        PairedComparison clear = PairedComparison.of(new double[] {1.0, 1.1, 1.2}, new double[] {2.0, 2.2, 2.3}, true);
        assertTrue(clear.significant());
        assertEquals(2.776, PairedComparison.critical(4), 1e-9);
    }
}
