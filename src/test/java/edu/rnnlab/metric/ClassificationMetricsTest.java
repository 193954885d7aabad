package edu.rnnlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final int[] LABELS = {0, 0, 1, 2};
    private static final int[] PREDICTED = {0, 1, 1, 1};

    @Test
    void macroF1ByHand() {
        // class 0: tp 1, fp 0, fn 1 -> 2/3; class 1: tp 1, fp 2, fn 0 -> 1/2; class 2: tp 0 -> 0;
        // class 3 occurs nowhere and is left out of the average.
        assertEquals((2.0 / 3 + 0.5 + 0) / 3, ClassificationMetrics.macroF1(LABELS, PREDICTED, 4), 1e-12);
    }

    @Test
    void macroRecallByHand() {
        // recalls 1/2, 1/1, 0/1
        assertEquals(0.5, ClassificationMetrics.macroRecall(LABELS, PREDICTED, 4), 1e-12);
    }

    @Test
    void classOnlyPredictedCountsAsZeroRecall() {
        int[] labels = {0, 0};
        int[] predicted = {0, 1};
        assertEquals(0.25, ClassificationMetrics.macroRecall(labels, predicted, 2), 1e-12);
        assertEquals(1.0 / 3, ClassificationMetrics.macroF1(labels, predicted, 2), 1e-12);
    }

    @Test
    void microEqualsAccuracy() {
        assertEquals(0.5, ClassificationMetrics.accuracy(LABELS, PREDICTED), 1e-12);
        assertEquals(0.5, ClassificationMetrics.microF1(LABELS, PREDICTED), 1e-12);
    }

    @Test
    void perfectPredictionsScoreOne() {
        int[] y = {2, 0, 1, 1};
        assertEquals(1.0, ClassificationMetrics.macroF1(y, y, 3), 1e-12);
        assertEquals(1.0, ClassificationMetrics.macroRecall(y, y, 3), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.accuracy(new int[2], new int[3]));
        assertThrows(
                IllegalArgumentException.class, () -> ClassificationMetrics.macroF1(new int[] {5}, new int[] {0}, 3));
        assertTrue(Double.isNaN(ClassificationMetrics.macroF1(new int[0], new int[0], 3)));
    }
}
