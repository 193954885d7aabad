package edu.rnnlab.report;

import edu.rnnlab.report.chart.ChartFiles;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Numbers tables and figures in the order they are created, which is the order they appear, and
 * writes each figure's chart files under a name derived from its number.
 */
final class Numbering {

    private final Messages msg;
    private final ChartFiles charts;
    private int tables;
    private int figures;

    Numbering(Messages msg, ChartFiles charts) {
        this.msg = msg;
        this.charts = charts;
    }

    /** A numbered table. */
    Table table(String caption, List<String> headers, List<List<Cell>> rows, String note) {
        tables++;
        return new Table("table-" + tables, msg.get("caption.table", tables, caption), headers, rows, note);
    }

    /** A numbered figure, its chart written to {@code charts/figure-N.svg|png}. */
    Figure figure(Chart<?, ?> chart, String caption) {
        figures++;
        String id = "figure-" + figures;
        return charts.write(chart, id, id, msg.get("caption.figure", figures, caption));
    }

    int figureCount() {
        return figures;
    }
}
