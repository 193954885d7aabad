package edu.rnnlab.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Epochs until the validation metric first comes within 1 % of its best. */
class ConvergenceTest {

    @Test
    void theFirstEpochWithinOnePercentOfTheLowestValue() {
        // best 10.0 at epoch 5; 10.09 at epoch 3 is within 1 % (10.1), 10.2 at epoch 2 is not
        Map<Integer, Double> rmse = Map.of(1, 14.0, 2, 10.2, 3, 10.09, 4, 10.5, 5, 10.0);
        assertEquals(OptionalInt.of(3), Convergence.epochsToWithin(rmse, true, Convergence.ONE_PERCENT));
        assertEquals(OptionalInt.of(5), Convergence.epochsToWithin(rmse, true, 0));
    }

    @Test
    void higherIsBetterAndNonFiniteValuesAreSkipped() {
        Map<Integer, Double> accuracy = Map.of(1, Double.NaN, 2, 0.50, 3, 0.596, 4, 0.60);
        assertEquals(OptionalInt.of(3), Convergence.epochsToWithin(accuracy, false, Convergence.ONE_PERCENT));
        assertTrue(Convergence.epochsToWithin(Map.of(1, Double.NaN), true, 0.01).isEmpty());
        assertTrue(Convergence.epochsToWithin(Map.of(), true, 0.01).isEmpty());
    }
}
