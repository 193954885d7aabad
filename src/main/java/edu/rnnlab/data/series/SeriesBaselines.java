package edu.rnnlab.data.series;

import java.time.Duration;

/**
 * Naive forecasts every series result table should beat. Each takes the series and the indices of the
 * test targets (value {@code series[t]} is to be predicted from data up to {@code t - horizon}) and
 * returns one prediction per target, NaN where the needed past value is missing or before the start.
 */
public final class SeriesBaselines {

    private SeriesBaselines() {}

    /** Persistence ("last value"): predicts {@code series[t - horizon]}, the last value known at forecast time. */
    public static double[] persistence(float[] series, int[] targets, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        return lagged(series, targets, horizon);
    }

    /**
     * Seasonal naive: predicts {@code series[t - period]}, the value at the same time one period
     * earlier (288 five-minute steps = one day, 2016 = one week; 24 or 168 for hourly data). The period
     * must be at least the horizon, or the forecast would peek past the forecast time.
     */
    public static double[] seasonalNaive(float[] series, int[] targets, int horizon, int period) {
        if (horizon < 1 || period < horizon) {
            throw new IllegalArgumentException(
                    "need 1 <= horizon <= period, got horizon " + horizon + ", period " + period);
        }
        return lagged(series, targets, period);
    }

    /** Steps per season, e.g. {@code periodSteps(5 min, 1 day) = 288}. */
    public static int periodSteps(Duration step, Duration season) {
        if (step.isZero() || step.isNegative() || season.toNanos() % step.toNanos() != 0) {
            throw new IllegalArgumentException(season + " is not a whole number of steps of " + step);
        }
        return Math.toIntExact(season.toNanos() / step.toNanos());
    }

    private static double[] lagged(float[] series, int[] targets, int lag) {
        double[] out = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            int source = targets[i] - lag;
            out[i] = source >= 0 && source < series.length ? series[source] : Double.NaN;
        }
        return out;
    }
}
