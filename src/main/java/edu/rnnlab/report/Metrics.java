package edu.rnnlab.report;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report's view of the metric catalogue ({@link Metric}): the columns a dataset kind shows, labels
 * and units in the report's language. Metric names are the archive's keys ({@code rmse}, {@code acc1},
 * ...); metrics the catalogue does not know are still shown, after the known ones.
 */
final class Metrics {

    /** Mean absolute percentage error: meaningless for a target that reaches zero (see ExperimentRuns). */
    static final String MAPE = Metric.MAPE.key();

    private Metrics() {}

    /** Whether the kind is a regression on a series (air quality, traffic flow). */
    static boolean isRegression(DatasetKind kind) {
        return Metric.taskOf(kind) == Metric.Task.REGRESSION;
    }

    /** The metrics a kind reports, in display order. */
    static List<String> known(DatasetKind kind) {
        return Metric.keys(Metric.taskOf(kind));
    }

    /** The headline metric of a kind: the one tables sort by and observations talk about. */
    static String primary(DatasetKind kind) {
        return known(kind).get(0);
    }

    /** The known metrics that were measured, then any unknown ones, in order; {@code loss} excluded. */
    static List<String> columns(DatasetKind kind, Collection<String> measured) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : known(kind)) {
            if (measured.contains(k)) {
                out.add(k);
            }
        }
        for (String k : measured) {
            if (!Metric.LOSS.key().equals(k)) {
                out.add(k);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean lowerIsBetter(String metric) {
        return !Metric.higherIsBetter(metric);
    }

    /** Display name, e.g. "RMSE", "Acc@5", "困惑度". */
    static String label(Messages m, String metric) {
        return m.getOr("metric." + metric, metric);
    }

    /** Unit of a metric for this dataset: the feature's unit for RMSE/MAE, % for MAPE, else empty. */
    static String unit(Messages m, String metric, DatasetSpec dataset) {
        return switch (Metric.of(metric).map(Metric::unit).orElse(Metric.Unit.NONE)) {
            case TARGET -> dataset.feature() == null ? "" : m.getOr("unit." + dataset.feature(), "");
            case PERCENT -> "%";
            case NONE, FRACTION -> "";
        };
    }

    /** "RMSE (°C)" or "Acc@1": a column header or axis label. */
    static String header(Messages m, String metric, DatasetSpec dataset) {
        String unit = unit(m, metric, dataset);
        // A one-word unit never splits across lines in a narrow column ("°" and "C" are break opportunities
        // to the PDF engine): a word joiner between its characters. Units of several words break at spaces.
        String kept = unit.contains(" ") ? unit : String.join("\u2060", unit.split(""));
        return unit.isEmpty() ? label(m, metric) : label(m, metric) + " (" + kept + ")";
    }
}
