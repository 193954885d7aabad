package edu.rnnlab.data.series;

/**
 * Sliding windows of one split, scaled: example {@code i} has inputs
 * {@code inputs[i*window .. (i+1)*window)} and target {@code targets[i]}, taken {@code horizon} steps
 * after the last input of sensor {@code sensor[i]} at time index {@code targetStep[i]}.
 */
public record Windows(int window, float[] inputs, float[] targets, int[] sensor, int[] targetStep) {

    /** Number of examples. */
    public int count() {
        return targets.length;
    }

    /** An empty set of windows (e.g. the validation split of the course protocol). */
    public static Windows empty(int window) {
        return new Windows(window, new float[0], new float[0], new int[0], new int[0]);
    }

    /** The examples at the given positions, in that order. */
    public Windows select(int[] positions) {
        float[] x = new float[positions.length * window];
        float[] y = new float[positions.length];
        int[] s = new int[positions.length];
        int[] t = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            int i = positions[k];
            System.arraycopy(inputs, i * window, x, k * window, window);
            y[k] = targets[i];
            s[k] = sensor[i];
            t[k] = targetStep[i];
        }
        return new Windows(window, x, y, s, t);
    }
}
