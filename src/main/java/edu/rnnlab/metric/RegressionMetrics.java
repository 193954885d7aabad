package edu.rnnlab.metric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RMSE, MAE and MAPE of predictions against true values, both in the feature's own unit. MAPE is
 * taken over true values greater than zero, exactly as the course's notebook does (so a temperature
 * of 0 °C or below is left out rather than dividing by it). Pairs with a NaN on either side are skipped,
 * which lets baselines that cannot predict every example be scored on the rest.
 */
public final class RegressionMetrics {

    private RegressionMetrics() {}

    /** Root mean squared error. */
    public static double rmse(double[] actual, double[] predicted) {
        return compute(actual, predicted).get(Metric.RMSE.key());
    }

    /** Mean absolute error. */
    public static double mae(double[] actual, double[] predicted) {
        return compute(actual, predicted).get(Metric.MAE.key());
    }

    /** Mean absolute percentage error over {@code actual > 0}, in percent. */
    public static double mape(double[] actual, double[] predicted) {
        return compute(actual, predicted).get(Metric.MAPE.key());
    }

    /** All three, keyed {@code rmse}, {@code mae}, {@code mape}. */
    public static Map<String, Double> compute(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("lengths differ: " + actual.length + " vs " + predicted.length);
        }
        double squared = 0;
        double absolute = 0;
        double percent = 0;
        int n = 0;
        int positive = 0;
        for (int i = 0; i < actual.length; i++) {
            double a = actual[i];
            double p = predicted[i];
            if (Double.isNaN(a) || Double.isNaN(p)) {
                continue;
            }
            double error = p - a;
            squared += error * error;
            absolute += Math.abs(error);
            n++;
            if (a > 0) {
                percent += Math.abs(error / a);
                positive++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(Metric.RMSE.key(), n == 0 ? Double.NaN : Math.sqrt(squared / n));
        metrics.put(Metric.MAE.key(), n == 0 ? Double.NaN : absolute / n);
        metrics.put(Metric.MAPE.key(), positive == 0 ? Double.NaN : 100 * percent / positive);
        return metrics;
    }
}
