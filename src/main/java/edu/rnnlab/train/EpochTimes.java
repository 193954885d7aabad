package edu.rnnlab.train;

import java.util.ArrayList;
import java.util.List;

/** Seconds and throughput of each training epoch, for the run's means. */
final class EpochTimes {

    private final List<Double> seconds = new ArrayList<>();
    private final List<Double> throughput = new ArrayList<>();

    void add(double epochSeconds, double epochThroughput) {
        seconds.add(epochSeconds);
        throughput.add(epochThroughput);
    }

    double meanSeconds() {
        return mean(seconds);
    }

    double meanThroughput() {
        return mean(throughput);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
