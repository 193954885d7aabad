package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The models train under DJL's {@code Trainer}, with per-batch managers, as the training loop uses them. */
class TrainerCompatibilityTest {

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void rnnRegressionLearnsUnderTrainer(Implementation impl) {
        Engine.getInstance().setRandomSeed(1);
        try (Model model = Model.newInstance("regression-" + impl)) {
            ModelSpec spec = ModelSpec.of(CellType.RNN, impl, 16);
            model.setBlock(ModelFactory.regression(spec, 1));
            DefaultTrainingConfig config = new DefaultTrainingConfig(new L2Loss("mse", 1f))
                    .optOptimizer(Optimizer.adam()
                            .optLearningRateTracker(Tracker.fixed(0.01f))
                            .build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(32, 8, 1));
                assertEquals(16 + 16 * 16 + 32 + 17, ModelFactory.parameterCount(model.getBlock()));
                float first = 0;
                float last = 0;
                for (int step = 0; step < 60; step++) {
                    try (NDManager batch = trainer.getManager().newSubManager()) {
                        // target: the mean of the sequence, easy to learn
                        NDArray x = batch.randomUniform(-1, 1, new Shape(32, 8, 1));
                        NDArray y = x.mean(new int[] {1});
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDList prediction = trainer.forward(new NDList(x));
                            NDArray loss = trainer.getLoss().evaluate(new NDList(y), prediction);
                            collector.backward(loss);
                            last = loss.getFloat();
                            first = step == 0 ? last : first;
                        }
                        trainer.step();
                    }
                }
                assertTrue(last < first / 4, "loss fell from " + first + " to " + last);
            }
        }
    }
}
