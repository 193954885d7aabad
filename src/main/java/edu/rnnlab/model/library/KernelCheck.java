package edu.rnnlab.model.library;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import java.util.List;
import java.util.Random;

/**
 * Runs a candidate recurrent unit and a reference unit (same parameter names and shapes, e.g. a library
 * block and its hand-written twin) on the same random weights, inputs and initial states, and measures
 * how far apart they are in inference, in a training step (outputs and gradients) and in inference with
 * autograd on.
 *
 * <p>Why it exists: on AVX-512 CPUs libtorch 2.7.1's oneDNN LSTM inference kernel computes a wrong
 * function for some hidden sizes (see {@link KernelGuard}); only a comparison on the machine that runs,
 * for the exact unit shape, can tell. Weights and inputs come from a fixed {@link Random}, never from the
 * engine's generator, so a check leaves the seeded weight initialisation of the run untouched.
 */
public final class KernelCheck {

    private static final long BATCH = 4;
    private static final long STEPS = 6;
    private static final long SEED = 20_261_201L;

    private KernelCheck() {}

    /**
     * Compares two uninitialised units of {@code states} state tensors (1, or 2 for the LSTM).
     *
     * @param candidate the unit under test
     * @param reference the unit taken as correct (the hand-written cell, itself checked against
     *                  double-precision golden values by the tests)
     * @param features  input features per step F
     * @param hidden    hidden units H
     * @param layers    stacked layers L
     * @param states    state tensors per layer
     */
    public static KernelComparison compare(
            Block candidate, Block reference, long features, int hidden, int layers, int states) {
        Random random = new Random(SEED);
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape x = new Shape(BATCH, STEPS, features);
            for (Block block : new Block[] {candidate, reference}) {
                // constants: no draw from the engine's random generator, then our own values below
                block.setInitializer(new ConstantInitializer(0f), Parameter.Type.WEIGHT);
                block.setInitializer(new ConstantInitializer(0f), Parameter.Type.BIAS);
                block.initialize(manager, DataType.FLOAT32, x);
            }
            List<Parameter> expected = reference.getParameters().values();
            List<Parameter> actual = candidate.getParameters().values();
            float bound = (float) (1 / Math.sqrt(hidden));
            for (int i = 0; i < expected.size(); i++) {
                // the same layout in the same order (the equivalence tests prove the names match too)
                NDArray value = expected.get(i).getArray();
                float[] weights = uniform(random, (int) value.size(), bound);
                value.set(weights);
                actual.get(i).getArray().set(weights);
            }
            NDList inputs = new NDList(normal(manager, random, x));
            for (int s = 0; s < states; s++) {
                inputs.add(normal(manager, random, new Shape(layers, BATCH, hidden))
                        .mul(0.5f));
            }
            NDList outputs = GradMode.off(() -> forward(reference, inputs, false));
            double inference = GradMode.off(() -> largestDifference(outputs, forward(candidate, inputs, false)));
            double gradModeInference = GradMode.on(() -> largestDifference(outputs, forward(candidate, inputs, false)));
            NDList weightsOfOutputs = new NDList();
            for (NDArray output : outputs) {
                weightsOfOutputs.add(normal(manager, random, output.getShape()));
            }
            double training = GradMode.on(() -> largestDifference(
                    backward(reference, inputs, weightsOfOutputs), backward(candidate, inputs, weightsOfOutputs)));
            return new KernelComparison(inference, training, gradientDifference(expected, actual), gradModeInference);
        }
    }

    private static NDList forward(Block block, NDList inputs, boolean training) {
        return block.forward(new ParameterStore(inputs.head().getManager(), false), inputs, training);
    }

    /** A training-mode forward and the backward of sum_i(output_i * w_i); returns the outputs. */
    private static NDList backward(Block block, NDList inputs, NDList outputWeights) {
        NDList outputs = forward(block, inputs, true);
        NDArray objective = null;
        for (int i = 0; i < outputs.size(); i++) {
            NDArray term = outputs.get(i).mul(outputWeights.get(i)).sum();
            objective = objective == null ? term : objective.add(term);
        }
        NDArray seed = objective.getManager().ones(objective.getShape());
        JniUtils.backward((PtNDArray) objective, (PtNDArray) seed, false, false);
        return outputs;
    }

    private static double gradientDifference(List<Parameter> expected, List<Parameter> actual) {
        double largest = 0;
        double scale = 1e-12;
        for (int i = 0; i < expected.size(); i++) {
            NDArray reference = expected.get(i).getArray().getGradient();
            largest = Math.max(
                    largest,
                    reference
                            .sub(actual.get(i).getArray().getGradient())
                            .abs()
                            .max()
                            .getFloat());
            scale = Math.max(scale, reference.abs().max().getFloat());
        }
        return largest / scale;
    }

    private static double largestDifference(NDList expected, NDList actual) {
        double largest = 0;
        for (int i = 0; i < expected.size(); i++) {
            largest = Math.max(
                    largest, expected.get(i).sub(actual.get(i)).abs().max().getFloat()); // NaN stays NaN
        }
        return largest;
    }

    private static float[] uniform(Random random, int size, float bound) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (random.nextFloat() * 2 - 1) * bound;
        }
        return values;
    }

    private static NDArray normal(NDManager manager, Random random, Shape shape) {
        float[] values = new float[(int) shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return manager.create(values, shape);
    }
}
