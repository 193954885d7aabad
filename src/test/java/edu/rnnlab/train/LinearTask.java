package edu.rnnlab.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.loss.Loss;
import java.util.List;
import java.util.Map;

/**
 * A tiny deterministic regression task for loop tests: y = x1 - 2 x2 on a fixed grid, 24 training,
 * 8 validation and 8 test examples; scored by MSE.
 */
final class LinearTask implements Task {

    @Override
    public int size(Split split) {
        return split == Split.TRAIN ? 24 : 8;
    }

    @Override
    public Batch batch(NDManager manager, Split split, int[] indices) {
        float[] x = new float[indices.length * 2];
        float[] y = new float[indices.length];
        int offset = split == Split.TRAIN ? 0 : split == Split.VAL ? 24 : 32;
        for (int i = 0; i < indices.length; i++) {
            float a = ((offset + indices[i]) % 7) / 7f;
            float b = ((offset + indices[i]) % 5) / 5f;
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = a - 2 * b;
        }
        return new Batch(
                new NDList(manager.create(x, new Shape(indices.length, 2))),
                new NDList(manager.create(y, new Shape(indices.length, 1))),
                indices.length);
    }

    @Override
    public Shape[] inputShapes(int batchSize) {
        return new Shape[] {new Shape(batchSize, 2)};
    }

    @Override
    public Loss loss() {
        return new L2Loss("mse", 1f);
    }

    @Override
    public Evaluation newEvaluation(Split split) {
        return new Evaluation() {
            private double sum;
            private long count;

            @Override
            public void add(NDList predictions, NDList labels) {
                float[] p = predictions.head().toFloatArray();
                float[] l = labels.head().toFloatArray();
                for (int i = 0; i < p.length; i++) {
                    sum += (p[i] - l[i]) * (p[i] - l[i]);
                }
                count += p.length;
            }

            @Override
            public Map<String, Double> metrics() {
                return Map.of("mse", sum / count);
            }
        };
    }

    @Override
    public List<String> metricNames() {
        return List.of("mse");
    }
}
