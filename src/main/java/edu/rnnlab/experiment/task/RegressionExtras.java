package edu.rnnlab.experiment.task;

import edu.rnnlab.data.series.PreparedSeries;
import edu.rnnlab.data.series.SeriesBaselines;
import edu.rnnlab.data.series.Windows;
import edu.rnnlab.metric.RegressionMetrics;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.train.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a regression run archives beyond its metrics: the trivial baselines on the same test windows
 * (so the reader sees what the RNN adds) and a stretch of test predictions for the chart.
 */
public final class RegressionExtras {

    /** How many consecutive test targets of one sensor go into {@code predictions.csv}. */
    static final int STRETCH_DAYS = 3;

    private RegressionExtras() {}

    /** Persistence and seasonal-naive (one day) forecasts of the test targets, scored like the model. */
    public static Map<String, Map<String, Double>> baselines(PreparedSeries data, int horizon) {
        Windows test = data.test();
        int n = test.count();
        double[] actual = new double[n];
        double[] last = new double[n];
        double[] seasonal = new double[n];
        for (int i = 0; i < n; i++) {
            float[] series = data.filled().get(test.sensor()[i]);
            int[] target = {test.targetStep()[i]};
            actual[i] = series[test.targetStep()[i]];
            last[i] = SeriesBaselines.persistence(series, target, horizon)[0];
            seasonal[i] = data.seasonPeriod() >= horizon
                    ? SeriesBaselines.seasonalNaive(series, target, horizon, data.seasonPeriod())[0]
                    : Double.NaN;
        }
        Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
        baselines.put("persistence (last value)", RegressionMetrics.compute(actual, last));
        baselines.put("seasonal naive (same time yesterday)", RegressionMetrics.compute(actual, seasonal));
        return baselines;
    }

    /**
     * The smallest and largest test target in the feature's unit: the report needs them to decide
     * whether MAPE means anything (it does not for a series that reaches or crosses zero).
     */
    public static Map<String, Double> targetRange(PreparedSeries data) {
        Windows test = data.test();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < test.count(); i++) {
            double v = data.filled().get(test.sensor()[i])[test.targetStep()[i]];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return test.count() == 0 ? Map.of() : Map.of("min", min, "max", max);
    }

    /** The first few days of consecutive test predictions of the first sensor, in the feature's unit. */
    public static List<PredictionRow> stretch(PreparedSeries data, Evaluation testEvaluation) {
        List<PredictionRow> rows = new ArrayList<>();
        if (!(testEvaluation instanceof RegressionEvaluation evaluation)) {
            return rows;
        }
        Windows test = evaluation.windows();
        double[] actual = evaluation.actual();
        double[] predicted = evaluation.predicted();
        int limit = STRETCH_DAYS * data.seasonPeriod();
        int firstSensor = test.count() == 0 ? 0 : test.sensor()[0];
        for (int i = 0; i < test.count() && rows.size() < limit; i++) {
            if (test.sensor()[i] == firstSensor) {
                rows.add(new PredictionRow(
                        data.set().sensors().get(firstSensor).sensorId(),
                        test.targetStep()[i],
                        actual[i],
                        predicted[i]));
            }
        }
        return rows;
    }
}
