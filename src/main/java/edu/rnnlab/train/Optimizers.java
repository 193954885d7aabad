package edu.rnnlab.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import edu.rnnlab.run.TrainSpec;

/** The optimisers a spec can name, with PyTorch's defaults so numbers compare with the course's. */
final class Optimizers {

    private Optimizers() {}

    static Optimizer of(TrainSpec spec) {
        Tracker lr = Tracker.fixed(spec.lr().floatValue());
        return switch (spec.optimizer()) {
            case ADAM -> Optimizer.adam()
                    .optLearningRateTracker(lr)
                    .optBeta1(0.9f)
                    .optBeta2(0.999f)
                    .optEpsilon(1e-8f)
                    .build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).build();
        };
    }
}
