package edu.rnnlab.data.series;

/**
 * Sliding windows of one split, scaled: example {@code i} has inputs
 * {@code inputs[i*window*features .. (i+1)*window*features)} (time-major: step {@code k}, input
 * {@code f} at {@code (i*window + k)*features + f}; input 0 is the target series itself) and target
 * {@code targets[i]}, taken {@code horizon} steps after the last input of sensor {@code sensor[i]} at
 * time index {@code targetStep[i]}.
 */
public record Windows(int window, float[] inputs, float[] targets, int[] sensor, int[] targetStep, int features) {

    /** Windows of the target series alone (one input per step). */
    public Windows(int window, float[] inputs, float[] targets, int[] sensor, int[] targetStep) {
        this(window, inputs, targets, sensor, targetStep, 1);
    }

    /** Number of examples. */
    public int count() {
        return targets.length;
    }

    /** An empty set of windows (e.g. the validation split of the course protocol). */
    public static Windows empty(int window, int features) {
        return new Windows(window, new float[0], new float[0], new int[0], new int[0], features);
    }

    /** An empty set of windows of the target series alone. */
    public static Windows empty(int window) {
        return empty(window, 1);
    }

    /** The examples at the given positions, in that order. */
    public Windows select(int[] positions) {
        int size = window * features;
        float[] x = new float[positions.length * size];
        float[] y = new float[positions.length];
        int[] s = new int[positions.length];
        int[] t = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            int i = positions[k];
            System.arraycopy(inputs, i * size, x, k * size, size);
            y[k] = targets[i];
            s[k] = sensor[i];
            t[k] = targetStep[i];
        }
        return new Windows(window, x, y, s, t, features);
    }
}
