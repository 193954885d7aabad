package edu.rnnlab.report;

import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which metrics each task reports, in which order, which direction is better, and their units.
 * Metric names are the archive's column names ({@code rmse}, {@code acc1}, ...); metrics the
 * catalogue does not know are still shown, after the known ones.
 */
final class Metrics {

    private static final List<String> REGRESSION = List.of("rmse", "mae", "mape");
    private static final List<String> CHECKIN = List.of("acc1", "acc5", "acc10", "mrr", "macro_f1", "macro_recall");
    private static final List<String> TEXT = List.of("perplexity");
    private static final Set<String> HIGHER_IS_BETTER_PREFIXES = Set.of("acc", "mrr", "macro_", "micro_", "f1",
            "recall", "precision", "bleu");

    private Metrics() {}

    /** Whether the kind is a regression on a series (air quality, traffic flow). */
    static boolean isRegression(DatasetKind kind) {
        return kind == DatasetKind.AIRQUALITY || kind == DatasetKind.PEMS;
    }

    /** The metrics a kind reports, in display order. */
    static List<String> known(DatasetKind kind) {
        return switch (kind) {
            case AIRQUALITY, PEMS -> REGRESSION;
            case CHECKIN -> CHECKIN;
            case TEXT -> TEXT;
        };
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
            if (!"loss".equals(k)) {
                out.add(k);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean lowerIsBetter(String metric) {
        return HIGHER_IS_BETTER_PREFIXES.stream().noneMatch(metric::startsWith);
    }

    /** Display name, e.g. "RMSE", "Acc@5", "困惑度". */
    static String label(Messages m, String metric) {
        return m.getOr("metric." + metric, metric);
    }

    /** Unit of a metric for this dataset: the feature's unit for RMSE/MAE, % for MAPE, else empty. */
    static String unit(Messages m, String metric, DatasetSpec dataset) {
        return switch (metric) {
            case "rmse", "mae" -> dataset.feature() == null ? "" : m.getOr("unit." + dataset.feature(), "");
            case "mape" -> "%";
            default -> "";
        };
    }

    /** "RMSE (°C)" or "Acc@1": a column header or axis label. */
    static String header(Messages m, String metric, DatasetSpec dataset) {
        String unit = unit(m, metric, dataset);
        return unit.isEmpty() ? label(m, metric) : label(m, metric) + " (" + unit + ")";
    }
}
