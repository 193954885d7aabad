package edu.rnnlab.report.chart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one naming rule for chart files: lower-case ASCII words joined by hyphens, saying which lab
 * item, which experiment and what the chart shows, e.g. {@code item3-hyperparameters-hidden-rmse}
 * ({@code charts/item3-hyperparameters-hidden-rmse.svg|png}). Students paste these files into their
 * own documents, so a name must mean the same chart from one build to the next, in any language.
 */
public final class ChartName {

    private ChartName() {}

    /**
     * The name of a chart of lab {@code item} (0 or above 7: an extra), of {@code experiment} (null
     * for an item-wide chart), showing {@code what} (e.g. {@code "val", "rmse"}).
     */
    public static String of(int item, String experiment, String... what) {
        List<String> parts = new ArrayList<>();
        parts.add(item >= 1 && item <= 7 ? "item" + item : "extra");
        if (experiment != null) {
            parts.add(experiment);
        }
        parts.addAll(List.of(what));
        return slug(String.join("-", parts));
    }

    /**
     * Lower-case ASCII letters, digits and single hyphens: accents dropped ({@code é} to {@code e}),
     * every other run of characters one hyphen; {@code "chart"} when nothing is left.
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "chart" : slug;
    }

    /** Whether {@code fileName} is a chart file this naming rule (or the older {@code figure-N}) produces. */
    public static boolean isChartFile(String fileName) {
        return fileName.matches("(item[1-7]|extra|figure)-[a-z0-9-]*\\.(svg|png)");
    }
}
