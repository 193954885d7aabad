package edu.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.metric.Metric;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which epoch is kept: lower loss wins, higher accuracy wins, NaN never wins. */
class SelectionTest {

    @Test
    void lowerLossImproves() {
        Selection s = Selection.VALIDATION_LOSS;
        assertTrue(s.improves(Map.of("loss", 0.5), null), "the first epoch is always the best so far");
        assertTrue(s.improves(Map.of("loss", 0.4), Map.of("loss", 0.5)));
        assertFalse(s.improves(Map.of("loss", 0.5), Map.of("loss", 0.5)), "a tie keeps the earlier epoch");
        assertFalse(s.improves(Map.of("loss", Double.NaN), Map.of("loss", 0.5)));
        assertEquals("lowest validation loss", s.describe());
    }

    @Test
    void higherAccuracyImprovesAndTheCourseProtocolSaysItIsOptimistic() {
        Selection s = new Selection(Split.TEST, Metric.ACC1.key());
        assertTrue(s.higherIsBetter());
        assertTrue(s.improves(Map.of("acc1", 0.3), Map.of("acc1", 0.2)));
        assertFalse(s.improves(Map.of("acc1", 0.1), Map.of("acc1", 0.2)));
        assertTrue(s.describe().startsWith("highest test") && s.describe().contains("optimistic"), s.describe());
    }
}
