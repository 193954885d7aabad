package edu.rnnlab.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's statistics against published values: Student's sleep data (Cushny and Peebles, as
 * in R's {@code t.test(extra ~ group, data = sleep)}), the t table, and small cases done by hand.
 */
class StatisticsTest {

    /** Extra hours of sleep of ten patients under two drugs: the textbook paired-t example. */
    private static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

    private static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void estimateUsesSampleStdAndSkipsNaN() {
        Estimate e = Estimate.of(Arrays.asList(1.0, 2.0, 3.0, Double.NaN));
        assertEquals(3, e.n());
        assertEquals(2.0, e.mean(), 1e-12);
        assertEquals(1.0, e.std(), 1e-12);
        assertFalse(Estimate.of(Arrays.asList(5.0)).hasSpread());
    }

    @Test
    void tQuantilesMatchTheTable() {
        assertEquals(12.7062, SeedTest.quantile(1), 1e-4);
        assertEquals(2.7764, SeedTest.quantile(4), 1e-4);
        // The old hand-typed table used 2.000 here.
        assertEquals(2.0395, SeedTest.quantile(31), 1e-4);
    }

    @Test
    void pairedTestOnTheSleepData() {
        SeedTest t = SeedTest.of(bySeed(DRUG1), bySeed(DRUG2));
        assertEquals(SeedTest.Kind.PAIRED, t.kind());
        assertEquals(10, t.n1());
        assertEquals(-1.58, t.difference(), 1e-12);
        assertEquals(-4.0621, t.t(), 1e-4);
        assertEquals(9, t.df(), 1e-12);
        assertEquals(0.002833, t.p(), 1e-6);
        assertEquals(-2.4599, t.low(), 1e-4);
        assertEquals(-0.7001, t.high(), 1e-4);
        assertTrue(t.significant());
        assertEquals(Difference.FIRST_BETTER, Difference.of(t, true));
        assertEquals(Difference.SECOND_BETTER, Difference.of(t, false));
    }

    @Test
    void welchTestWhenTheSeedsDoNotPair() {
        Map<Long, Double> second = new LinkedHashMap<>();
        for (int i = 0; i < DRUG2.length; i++) {
            second.put(100L + i, DRUG2[i]);
        }
        SeedTest t = SeedTest.of(bySeed(DRUG1), second);
        assertEquals(SeedTest.Kind.WELCH, t.kind());
        assertEquals(-1.8608, t.t(), 1e-4);
        assertEquals(17.7765, t.df(), 1e-4);
        assertEquals(0.07939, t.p(), 1e-5);
        assertEquals(-3.3655, t.low(), 1e-4);
        assertEquals(0.2055, t.high(), 1e-4);
        assertFalse(t.significant());
        assertEquals(Difference.TIE, Difference.of(t, true));
    }

    @Test
    void oneSampleTestAgainstABaseline() {
        SeedTest t = SeedTest.against(new double[] {1, 2, 3, 4, 5}, 2);
        assertEquals(SeedTest.Kind.ONE_SAMPLE, t.kind());
        assertEquals(1.0, t.difference(), 1e-12);
        assertEquals(Math.sqrt(2), t.t(), 1e-12);
        assertEquals(0.2302, t.p(), 1e-4);
        // CI by hand: 1 ± 2.7764 * sqrt(2.5 / 5)
        assertEquals(1 - 2.7764 * Math.sqrt(0.5), t.low(), 1e-4);
    }

    @Test
    void oneSeedAllowsNoTestAndIdenticalSeedsAreATie() {
        SeedTest single = SeedTest.of(Map.of(1L, 0.9), Map.of(1L, 1.0));
        assertEquals(SeedTest.Kind.NONE, single.kind());
        assertEquals(-0.1, single.difference(), 1e-12);
        assertEquals(Difference.NO_TEST, Difference.of(single, true));
        SeedTest same = SeedTest.of(Map.of(1L, 0.8, 2L, 0.9), Map.of(1L, 0.8, 2L, 0.9));
        assertEquals(SeedTest.Kind.PAIRED, same.kind());
        assertEquals(1.0, same.p());
        assertEquals(Difference.TIE, Difference.of(same, true));
        // A diverged seed (NaN) is left out of both arms' pairing, which then falls back to Welch.
        SeedTest gap = SeedTest.of(Map.of(1L, 0.8, 2L, Double.NaN, 3L, 0.85), Map.of(1L, 0.9, 2L, 0.95, 3L, 0.93));
        assertEquals(SeedTest.Kind.WELCH, gap.kind());
        assertEquals(2, gap.n1());
    }

    private static Map<Long, Double> bySeed(double[] values) {
        Map<Long, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put((long) i + 1, values[i]);
        }
        return out;
    }
}
