package edu.rnnlab.cli;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/** "mean ± std (n)" of the finite values, as {@code compare} prints a group of seeds. */
final class MeanText {

    private MeanText() {}

    static String of(Collection<Double> values) {
        double[] v = values.stream()
                .filter(x -> x != null && Double.isFinite(x))
                .mapToDouble(Double::doubleValue)
                .toArray();
        if (v.length == 0) {
            return "-";
        }
        if (v.length == 1) {
            return String.format(Locale.ROOT, "%.6g (1)", v[0]);
        }
        return String.format(
                Locale.ROOT,
                "%.6g ± %.3g (%d)",
                Mean.of(v).getAsDouble(),
                StandardDeviation.of(v).getAsDouble(),
                v.length);
    }
}
