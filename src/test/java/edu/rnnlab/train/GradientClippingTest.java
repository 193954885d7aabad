package edu.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

/**
 * Global-norm clipping against values computed by hand with PyTorch's rule for {@code clip_grad_norm_}:
 * {@code coef = max_norm / (total_norm + 1e-6)}, applied only when below 1, the norm taken over all
 * parameters together.
 */
class GradientClippingTest {

    @Test
    void scalesAllGradientsByOneFactorWhenTheJointNormExceedsTheThreshold() {
        // gradients (3, 4) and (12): joint norm sqrt(9 + 16 + 144) = 13
        float[][] clipped = clipped(new float[][] {{3, 4}, {12}}, 1.0);
        double coef = 1.0 / (13 + 1e-6);
        assertArrayEquals(new float[] {(float) (3 * coef), (float) (4 * coef)}, clipped[0], 1e-7f);
        assertArrayEquals(new float[] {(float) (12 * coef)}, clipped[1], 1e-7f);
    }

    @Test
    void leavesGradientsAloneBelowTheThresholdAndWhenOff() {
        // threshold 20 > norm 13: coef 20/13 clamps to 1
        float[][] under = clipped(new float[][] {{3, 4}, {12}}, 20.0);
        assertArrayEquals(new float[] {3, 4}, under[0], 0f);
        assertArrayEquals(new float[] {12}, under[1], 0f);
        float[][] off = clipped(new float[][] {{3, 4}, {12}}, 0.0);
        assertArrayEquals(new float[] {3, 4}, off[0], 0f);
    }

    @Test
    void aNormJustAboveTheThresholdIsClippedToIt() {
        float[][] clipped = clipped(new float[][] {{0.6f, 0.8f}}, 0.5); // norm 1
        assertArrayEquals(
                new float[] {(float) (0.6 * 0.5 / (1 + 1e-6)), (float) (0.8 * 0.5 / (1 + 1e-6))}, clipped[0], 1e-7f);
    }

    @Test
    void aNonFiniteNormSpreadsToEveryGradientAsInPyTorch() {
        // PyTorch scales by threshold / (NaN + 1e-6) = NaN: the step is poisoned visibly, not partly
        float[][] clipped = clipped(new float[][] {{Float.NaN, 1}, {2}}, 1.0);
        assertTrue(Float.isNaN(clipped[1][0]), "the finite parameter's gradient must become NaN too");
    }

    @Test
    void costsTwoArraysPerParameterAndThreeMore() {
        // per parameter its gradient's wrapper and its norm; then the stacked norms, their norm, and
        // the scale only when clipping acts (the multiplications are in place): the per-batch budget
        assertEquals(2 * 3 + 2, arraysLeft(new float[][] {{3, 4}, {12}, {0}}, 20.0), "norm under the threshold");
        assertEquals(2 * 3 + 3, arraysLeft(new float[][] {{3, 4}, {12}, {0}}, 1.0), "clipping");
    }

    /** Makes parameters whose gradients equal {@code gradients} (loss = sum(w * g)), clips, reads back. */
    private static float[][] clipped(float[][] gradients, double threshold) {
        return run(gradients, threshold).gradients();
    }

    private static int arraysLeft(float[][] gradients, double threshold) {
        return run(gradients, threshold).arraysLeft();
    }

    private record Outcome(float[][] gradients, int arraysLeft) {}

    private static Outcome run(float[][] gradients, double threshold) {
        try (NDManager manager = NDManager.newBaseManager();
                NDManager scratch = manager.newSubManager()) {
            ParameterList parameters = new ParameterList();
            NDArray[] weights = new NDArray[gradients.length];
            for (int i = 0; i < gradients.length; i++) {
                Parameter p = Parameter.builder()
                        .setName("p" + i)
                        .setType(Parameter.Type.WEIGHT)
                        .build();
                weights[i] = manager.zeros(new ai.djl.ndarray.types.Shape(gradients[i].length));
                weights[i].setRequiresGradient(true);
                p.setArray(weights[i]);
                parameters.add(p.getName(), p);
            }
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = null;
                for (int i = 0; i < gradients.length; i++) {
                    NDArray term = weights[i].mul(manager.create(gradients[i])).sum();
                    loss = loss == null ? term : loss.add(term);
                }
                collector.backward(loss);
            }
            int before = ((BaseNDManager) scratch).getManagedArrays().size();
            GradientClipping.clip(parameters, threshold, scratch);
            int arraysLeft = ((BaseNDManager) scratch).getManagedArrays().size() - before;
            float[][] out = new float[gradients.length][];
            for (int i = 0; i < gradients.length; i++) {
                out[i] = weights[i].getGradient().toFloatArray();
            }
            return new Outcome(out, arraysLeft);
        }
    }
}
