package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import edu.rnnlab.data.series.MinMaxScaler;
import edu.rnnlab.data.series.Windows;
import edu.rnnlab.metric.RegressionMetrics;
import edu.rnnlab.train.Evaluation;
import java.util.List;
import java.util.Map;

/** Collects scaled predictions of one split in order and scores them in the feature's unit. */
final class RegressionEvaluation implements Evaluation {

    private final Windows windows;
    private final MinMaxScaler scaler;
    private final List<float[]> series;
    private final double[] predicted;
    private int filled;

    RegressionEvaluation(Windows windows, MinMaxScaler scaler, List<float[]> series) {
        this.windows = windows;
        this.scaler = scaler;
        this.series = series;
        this.predicted = new double[windows.count()];
    }

    @Override
    public void add(NDList predictions, NDList labels) {
        float[] batch = predictions.head().toFloatArray();
        for (float p : batch) {
            predicted[filled++] = scaler.unscale(p);
        }
    }

    @Override
    public Map<String, Double> metrics() {
        return RegressionMetrics.compute(actual(), predicted);
    }

    /**
     * True values of the split in the feature's unit, in example order, read from the unscaled series
     * rather than unscaled back: a round trip turns 0 °C into 1e-7 °C, which MAPE (over values > 0) would
     * then divide by.
     */
    double[] actual() {
        double[] actual = new double[windows.count()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = series.get(windows.sensor()[i])[windows.targetStep()[i]];
        }
        return actual;
    }

    /** Predictions in the feature's unit, in example order (valid after every batch was added). */
    double[] predicted() {
        return predicted;
    }

    Windows windows() {
        return windows;
    }
}
