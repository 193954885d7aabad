package edu.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.TrainSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop on a tiny linear task: it learns, it is deterministic per seed, and it stops on divergence. */
class TrainingLoopTest {

    private static TrainingOutcome train(double lr, long seed) {
        TrainSpec spec = new TrainSpec(8, 4, TrainSpec.OptimizerKind.SGD, lr, 0.0, 0);
        TrainingLoop loop =
                new TrainingLoop(spec, Device.cpu(), RunSeeds.from(seed), Selection.VALIDATION_LOSS, List.of());
        Block model = Linear.builder().setUnits(1).build();
        return loop.run(model, new LinearTask());
    }

    @Test
    void aSmallLearningRateLearnsAndSelectsOnValidation() {
        TrainingOutcome outcome = train(0.1, 1);
        assertEquals(RunStatus.COMPLETED, outcome.status());
        double first = outcome.epochs().stream()
                .filter(r -> r.split().equals("train"))
                .findFirst()
                .orElseThrow()
                .loss();
        assertTrue(
                outcome.validation().get("loss") < first,
                "validation loss below the first training loss: " + outcome.validation());
        assertTrue(outcome.test().containsKey("mse"), "the test split is scored at the selected epoch");
    }

    @Test
    void theSameSeedGivesBitwiseTheSameLosses() {
        double[] a = train(0.1, 5).epochs().stream().mapToDouble(r -> r.loss()).toArray();
        double[] b = train(0.1, 5).epochs().stream().mapToDouble(r -> r.loss()).toArray();
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void anExplodingLearningRateStopsTheRunAsDivergedWithAdvice() {
        TrainingOutcome outcome = train(1e6, 1);
        assertEquals(RunStatus.DIVERGED, outcome.status());
        assertTrue(
                outcome.message() != null && outcome.message().toLowerCase().contains("learning rate"),
                outcome.message());
    }
}
