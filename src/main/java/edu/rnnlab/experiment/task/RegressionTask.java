package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.loss.Loss;
import edu.rnnlab.data.series.PreparedSeries;
import edu.rnnlab.data.series.Windows;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.List;

/**
 * Next-value regression on scaled series windows: inputs (B, window, 1 + extra inputs), target (B, 1), MSE loss on
 * scaled values; metrics de-normalised to the feature's unit.
 */
public final class RegressionTask implements Task {

    private final PreparedSeries data;

    /** A task over prepared windows. */
    public RegressionTask(PreparedSeries data) {
        this.data = data;
    }

    /** The prepared data (for baselines and provenance). */
    public PreparedSeries data() {
        return data;
    }

    Windows windows(Split split) {
        return split.pick(data.train(), data.val(), data.test());
    }

    @Override
    public int size(Split split) {
        return windows(split).count();
    }

    @Override
    public Batch batch(NDManager manager, Split split, int[] indices) {
        Windows w = windows(split);
        int size = w.window() * w.features();
        float[] x = new float[indices.length * size];
        float[] y = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(w.inputs(), indices[k] * size, x, k * size, size);
            y[k] = w.targets()[indices[k]];
        }
        return new Batch(
                new NDList(manager.create(x, new Shape(indices.length, w.window(), w.features()))),
                new NDList(manager.create(y, new Shape(indices.length, 1))),
                indices.length);
    }

    @Override
    public Shape[] inputShapes(int batchSize) {
        return new Shape[] {
            new Shape(batchSize, data.train().window(), data.train().features())
        };
    }

    @Override
    public Loss loss() {
        return new L2Loss("mse", 1f); // DJL's plain L2Loss() is half the squared error
    }

    @Override
    public Evaluation newEvaluation(Split split) {
        return new RegressionEvaluation(windows(split), data.scaler(), data.filled());
    }

    @Override
    public List<String> metricNames() {
        return Metric.keys(Metric.Task.REGRESSION);
    }
}
