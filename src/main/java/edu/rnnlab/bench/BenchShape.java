package edu.rnnlab.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.Random;

/** The two fixed workloads of the benchmark, sized like the lab's typical experiments. */
public enum BenchShape {
    /** Traffic/air-quality style: batch 64, 12 steps, 1 feature, hidden 32, MSE on a regression head. */
    REGRESSION("regression", 64, 12, 1, 32, "samples") {
        @Override
        Block model(ModelSpec spec) {
            return ModelFactory.regression(spec, 1);
        }

        @Override
        Loss loss() {
            return new L2Loss("mse", 1f);
        }

        @Override
        NDList inputs(NDManager manager, Random random) {
            return new NDList(manager.create(gaussian(random, batch * steps), new Shape(batch, steps, 1)));
        }

        @Override
        NDList labels(NDManager manager, Random random) {
            return new NDList(manager.create(gaussian(random, batch), new Shape(batch, 1)));
        }

        @Override
        NDArray predictions(NDList outputs) {
            return outputs.head();
        }
    },
    /** The textbook's character model: batch 32, 35 steps, one-hot over 28 tokens, hidden 256. */
    LANGUAGE_MODEL("language-model", 32, 35, 28, 256, "tokens") {
        @Override
        Block model(ModelSpec spec) {
            return ModelFactory.languageModel(spec, features);
        }

        @Override
        Loss loss() {
            return new SoftmaxCrossEntropyLoss();
        }

        @Override
        NDList inputs(NDManager manager, Random random) {
            return new NDList(manager.create(tokens(random, batch * steps), new Shape(batch, steps)));
        }

        @Override
        NDList labels(NDManager manager, Random random) {
            return new NDList(manager.create(tokens(random, batch * steps), new Shape((long) batch * steps)));
        }

        @Override
        NDArray predictions(NDList outputs) {
            // cross-entropy at every step: (B, T, V) logits as (B*T, V)
            return outputs.head().reshape(-1, features);
        }

        private int[] tokens(Random random, int count) {
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = random.nextInt(features);
            }
            return ids;
        }
    };

    final String label;
    final int batch;
    final int steps;
    /** Input features per step; for the language model the vocabulary size (one-hot). */
    final int features;

    final int hidden;
    final String unit;

    BenchShape(String label, int batch, int steps, int features, int hidden, String unit) {
        this.label = label;
        this.batch = batch;
        this.steps = steps;
        this.features = features;
        this.hidden = hidden;
        this.unit = unit;
    }

    /** The workload's name in results and tables. */
    public String label() {
        return label;
    }

    /** Throughput units per batch: samples, or tokens (batch * steps). */
    int unitsPerBatch() {
        return unit.equals("tokens") ? batch * steps : batch;
    }

    /** The shapes a model is initialised with. */
    Shape inputShape() {
        return this == REGRESSION ? new Shape(batch, steps, features) : new Shape(batch, steps);
    }

    /** The model of this workload for one cell and implementation. */
    Block model(CellType cell, Implementation impl) {
        return model(ModelSpec.of(cell, impl, hidden));
    }

    abstract Block model(ModelSpec spec);

    abstract Loss loss();

    abstract NDList inputs(NDManager manager, Random random);

    abstract NDList labels(NDManager manager, Random random);

    /** The model output the loss reads. */
    abstract NDArray predictions(NDList outputs);

    private static float[] gaussian(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
