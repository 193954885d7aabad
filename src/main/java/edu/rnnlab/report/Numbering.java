package edu.rnnlab.report;

import edu.rnnlab.report.chart.ChartFiles;
import edu.rnnlab.report.chart.ChartName;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Numbers tables and figures in the order they are created, which is the order they appear, and
 * writes each figure's chart files under a name that says what it shows ({@link ChartName}): the
 * current scope (lab item and experiment, set by the section being built) and the words the caller
 * gives. A name already used in this report gets {@code -2}, {@code -3}... so none is overwritten.
 * As the one record of what the report has shown so far, it also remembers the first setup table per
 * data set and which pictures were drawn, so later sections refer back instead of repeating them.
 */
final class Numbering {

    private final Messages msg;
    private final ChartFiles charts;
    private int tables;
    private int figures;
    private final Set<String> names = new HashSet<>();
    private final Set<String> pictures = new HashSet<>();
    private final Map<String, Table> setups = new HashMap<>();
    private int scopeItem;
    private String scopeExperiment;

    /**
     * Whether a picture of this kind is drawn for the first time in the report ({@code true} once per
     * key): a second predicted-vs-true chart of the same series would only repeat the first.
     */
    boolean firstPicture(String key) {
        return pictures.add(key);
    }

    /** The first full setup table shown for this data (kind and feature), or null. */
    Table setupOf(String data) {
        return setups.get(data);
    }

    /** Remembers the first full setup table of this data, so later experiments on it show what differs. */
    void rememberSetup(String data, Table setup) {
        setups.putIfAbsent(data, setup);
    }

    Numbering(Messages msg, ChartFiles charts) {
        this.msg = msg;
        this.charts = charts;
    }

    /** A numbered table. */
    Table table(String caption, List<String> headers, List<List<Cell>> rows, String note) {
        tables++;
        return new Table("table-" + tables, msg.get("caption.table", tables, caption), headers, rows, note);
    }

    /**
     * Figures made from now on belong to lab {@code item} (0: the extras) and {@code experiment} (null
     * for an item-wide chart such as the six-cell comparison); their file names start with these.
     */
    void scope(int item, String experiment) {
        scopeItem = item;
        scopeExperiment = experiment;
    }

    /**
     * A numbered figure, its chart written to {@code charts/<name>.svg|png} where the name is the
     * scope followed by {@code what} (e.g. {@code "val", "rmse"}), or by {@code chart} when none is given.
     */
    Figure figure(Chart<?, ?> chart, String caption, String... what) {
        figures++;
        String name =
                unique(ChartName.of(scopeItem, scopeExperiment, what.length == 0 ? new String[] {"chart"} : what));
        return charts.write(chart, name, "figure-" + figures, msg.get("caption.figure", figures, caption));
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    int figureCount() {
        return figures;
    }
}
