package edu.rnnlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void rankCountsClassesScoringAtLeastAsHigh() {
        float[] scores = {0.1f, 0.7f, 0.2f, 0.7f};
        assertEquals(3, RankingMetrics.rank(scores, 2));
        // Tie with class 3: pessimistic, so class 1 ranks 2nd, not 1st.
        assertEquals(2, RankingMetrics.rank(scores, 1));
        assertEquals(4, RankingMetrics.rank(scores, 0));
    }

    @Test
    void constantScoresGiveWorstRank() {
        assertEquals(5, RankingMetrics.rank(new float[5], 0));
        assertEquals(3, RankingMetrics.rank(new double[] {1, 1, 1}, 2));
    }

    @Test
    void nanTargetRanksLast() {
        assertEquals(3, RankingMetrics.rank(new float[] {Float.NaN, 0, 1}, 0));
    }

    @Test
    void rankOnRowOfFlatBatch() {
        float[] batch = {0.9f, 0.1f, 0.0f, /* row 2 */ 0.0f, 0.2f, 0.8f};
        assertEquals(1, RankingMetrics.rank(batch, 3, 3, 2));
        assertEquals(3, RankingMetrics.rank(batch, 0, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.rank(batch, 0, 3, 3));
    }

    @Test
    void accuracyAtKAndMrrByHand() {
        int[] ranks = {1, 3, 6, 12};
        assertEquals(0.25, RankingMetrics.accuracyAt(ranks, 1), 1e-12);
        assertEquals(0.5, RankingMetrics.accuracyAt(ranks, 5), 1e-12);
        assertEquals(0.75, RankingMetrics.accuracyAt(ranks, 10), 1e-12);
        // (1 + 1/3 + 1/6 + 1/12) / 4 = 1.5833.../4
        assertEquals((1 + 1.0 / 3 + 1.0 / 6 + 1.0 / 12) / 4, RankingMetrics.meanReciprocalRank(ranks), 1e-12);
    }

    @Test
    void emptyIsNaN() {
        assertTrue(Double.isNaN(RankingMetrics.accuracyAt(new int[0], 1)));
        assertTrue(Double.isNaN(RankingMetrics.meanReciprocalRank(new int[0])));
    }
}
