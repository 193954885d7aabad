package edu.rnnlab.data.series;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One sensor's regular time series of one feature: value {@code i} was measured at
 * {@code start + i * step} (UTC). Gaps are {@code NaN}; the array is never shared or modified.
 */
public record SensorSeries(String sensorId, LocalDateTime start, Duration step, float[] values) {

    /** Number of time steps, gaps included. */
    public int length() {
        return values.length;
    }

    /** Number of missing values. */
    public int gaps() {
        int n = 0;
        for (float v : values) {
            if (Float.isNaN(v)) {
                n++;
            }
        }
        return n;
    }
}
