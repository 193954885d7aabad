package edu.rnnlab.data.series;

/**
 * Min-max scaling to [0, 1]. Fitted on the training split only in the standard protocol, so no
 * statistic of validation or test data leaks into training.
 */
public record MinMaxScaler(float min, float max) {

    /** Fits on every finite value of the given arrays. */
    public static MinMaxScaler fit(Iterable<float[]> values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float[] array : values) {
            for (float v : array) {
                if (!Float.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("cannot scale: no finite values or all equal");
        }
        return new MinMaxScaler(min, max);
    }

    /** Value in [0, 1] for values inside the fitted range. */
    public float scale(float v) {
        return (v - min) / (max - min);
    }

    /** Back to the original unit. */
    public double unscale(double v) {
        return v * (max - min) + min;
    }
}
