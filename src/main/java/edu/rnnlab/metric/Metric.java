package edu.rnnlab.metric;

import edu.rnnlab.run.DatasetKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metric catalogue: every metric the lab measures, with its key in the archive ({@code metrics.csv}
 * columns, {@code summary.json} maps), which direction is better, its unit, how many significant figures
 * it is shown with, and which tasks report it. The one source of these facts: selection, the tasks, the
 * archive and the report all read them here, and no metric name is spelled anywhere else.
 */
public enum Metric {
    /** The training objective on a split (MSE on the scaled target, or cross-entropy in nats). */
    LOSS("loss", false, Unit.NONE, 4),
    /** Root mean squared error, in the target's unit. */
    RMSE("rmse", false, Unit.TARGET, 4, Task.REGRESSION),
    /** Mean absolute error, in the target's unit. */
    MAE("mae", false, Unit.TARGET, 4, Task.REGRESSION),
    /** Mean absolute percentage error over targets above zero (meaningless for series that cross zero). */
    MAPE("mape", false, Unit.PERCENT, 3, Task.REGRESSION),
    /** Share of examples whose true class is the top prediction. */
    ACC1("acc1", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** Share whose true class is among the top 5. */
    ACC5("acc5", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** Share whose true class is among the top 10. */
    ACC10("acc10", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** Mean reciprocal rank of the true class. */
    MRR("mrr", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** F1 averaged over classes with equal weight. */
    MACRO_F1("macro_f1", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** Recall averaged over classes with equal weight. */
    MACRO_RECALL("macro_recall", true, Unit.FRACTION, 3, Task.NEXT_LOCATION),
    /** exp(mean cross-entropy per token): the number of equally likely next tokens the model is torn between. */
    PERPLEXITY("perplexity", false, Unit.NONE, 4, Task.LANGUAGE_MODEL),
    /** BLEU with 1- and 2-grams (d2l's definition), averaged over sentences: 1 is a perfect translation. */
    BLEU("bleu", true, Unit.FRACTION, 3, Task.TRANSLATION);

    /** The tasks of the lab, each with its metrics. */
    public enum Task {
        REGRESSION,
        NEXT_LOCATION,
        LANGUAGE_MODEL,
        TRANSLATION
    }

    /** What a metric's numbers are in. */
    public enum Unit {
        /** A pure number. */
        NONE,
        /** The predicted series' unit (°C, vehicles per 5 min), supplied by the dataset. */
        TARGET,
        /** Percent. */
        PERCENT,
        /** A share between 0 and 1. */
        FRACTION
    }

    private final String key;
    private final boolean higherIsBetter;
    private final Unit unit;
    private final int significantFigures;
    private final List<Task> tasks;

    Metric(String key, boolean higherIsBetter, Unit unit, int significantFigures, Task... tasks) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
        this.unit = unit;
        this.significantFigures = significantFigures;
        this.tasks = List.of(tasks);
    }

    /** The key in the archive, e.g. {@code rmse}, {@code acc1}. */
    public String key() {
        return key;
    }

    /** Whether larger values are better (accuracies, MRR, F1) rather than smaller (errors, losses, perplexity). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether {@code candidate} is strictly better than {@code incumbent}; NaN is never better. */
    public boolean better(double candidate, double incumbent) {
        return higherIsBetter ? candidate > incumbent : candidate < incumbent;
    }

    /** The unit of the metric's values. */
    public Unit unit() {
        return unit;
    }

    /** Significant figures the report shows. */
    public int significantFigures() {
        return significantFigures;
    }

    /** The metric of an archive key, if the catalogue knows it. */
    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** Whether larger values of the metric with this key are better; unknown keys count as errors (lower). */
    public static boolean higherIsBetter(String key) {
        return of(key).map(Metric::higherIsBetter).orElse(false);
    }

    /** The metrics a task reports, in display order. */
    public static List<Metric> of(Task task) {
        return Arrays.stream(values()).filter(m -> m.tasks.contains(task)).toList();
    }

    /** The keys of the metrics a task reports, in display order (an evaluation's columns). */
    public static List<String> keys(Task task) {
        return of(task).stream().map(Metric::key).toList();
    }

    /** The task a dataset kind poses. */
    public static Task taskOf(DatasetKind kind) {
        return switch (kind) {
            case AIRQUALITY, PEMS, CSV -> Task.REGRESSION;
            case CHECKIN -> Task.NEXT_LOCATION;
            case TEXT -> Task.LANGUAGE_MODEL;
            case TRANSLATION -> Task.TRANSLATION;
        };
    }
}
