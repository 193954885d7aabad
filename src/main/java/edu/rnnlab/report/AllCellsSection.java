package edu.rnnlab.report;

import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.BarChart;
import edu.rnnlab.report.chart.Bars;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.Timing;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.Implementation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "all six cells compared" sub-section closing item 6 (items 5 and 6 ask for it): one table row
 * per cell and implementation, a bar chart of training time per epoch, observations, and which of
 * the six are missing.
 */
final class AllCellsSection {

    /** Metric columns shown: the task's first two (RMSE and MAE for series). */
    private static final int METRICS = 2;

    private AllCellsSection() {}

    static Optional<Block> of(List<ExperimentRuns> all, ReportContext ctx) {
        Optional<AllCells.Comparison> found = AllCells.of(all);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AllCells.Comparison c = found.get();
        Messages m = ctx.msg();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(m.get(
                "cells.intro", SetupTable.task(m, c.dataset()), c.dataset().window()));
        if (!c.missing().isEmpty()) {
            List<String> names =
                    c.missing().stream().map(x -> AllCells.name(x, m)).toList();
            paragraphs.add(m.get("cells.missing", String.join(", ", names)));
        }
        Table table = table(c, ctx);
        List<Figure> figures = new ArrayList<>();
        if (c.entries().size() > 1) {
            figures.add(timeChart(c, ctx));
        }
        return Optional.of(new Block(
                "all-cells",
                m.get("cells.heading"),
                true,
                paragraphs,
                List.of(),
                null,
                List.of(table),
                figures,
                AllCellsObservations.of(c, m),
                List.of(),
                List.of()));
    }

    static List<String> metrics(AllCells.Comparison c) {
        return c.reference().metricColumns().stream().limit(METRICS).toList();
    }

    private static Table table(AllCells.Comparison c, ReportContext ctx) {
        Messages m = ctx.msg();
        List<String> metrics = metrics(c);
        List<String> headers = new ArrayList<>(
                List.of(m.get("cells.cell"), m.get("cells.impl"), m.get("cells.item"), m.get("results.seeds")));
        metrics.forEach(k -> headers.add(Metrics.header(m, k, c.dataset())));
        headers.addAll(List.of(
                m.get("cells.parameters"),
                m.get("results.seconds"),
                m.get("results.throughput", ResultsTable.unit(c.reference(), m)),
                m.get("cells.ratio")));
        List<List<Cell>> rows = new ArrayList<>();
        int[] best = new int[metrics.size()];
        Arrays.fill(best, -1);
        for (AllCells.Entry x : c.entries()) {
            ModelGroup g = x.group();
            List<Cell> row = new ArrayList<>();
            row.add(Cell.plain(m.get("cell." + x.cell().name().toLowerCase(Locale.ROOT))));
            row.add(Cell.plain(m.get("impl." + x.impl().name().toLowerCase(Locale.ROOT))));
            row.add(Cell.num(String.valueOf(x.experiment().item())));
            row.add(Cell.num(g.completed().size() + "/" + g.runs().size()));
            for (int i = 0; i < metrics.size(); i++) {
                Estimate v = g.test(metrics.get(i));
                row.add(Cell.num(NumberText.meanStd(v)));
                int b = best[i];
                if (v.present()
                        && (b < 0
                                || better(metrics.get(i), v, c.entries().get(b).group()))) {
                    best[i] = rows.size();
                }
            }
            row.add(Cell.num(NumberText.count(g.parameters())));
            row.add(Cell.num(NumberText.timing(g.timing())));
            row.add(Cell.num(NumberText.sig(g.timing().perSecond(), 3)));
            row.add(Cell.num(x.impl() == Implementation.SCRATCH ? ratio(c, x, m) : NumberText.NONE));
            rows.add(row);
        }
        for (int i = 0; i < metrics.size(); i++) {
            if (best[i] >= 0) {
                Cell cell = rows.get(best[i]).get(4 + i);
                rows.get(best[i]).set(4 + i, new Cell(cell.text(), true, true));
            }
        }
        return ctx.numbering().table(m.get("caption.cells"), headers, rows, m.get("cells.note"));
    }

    private static boolean better(String metric, Estimate v, ModelGroup current) {
        double other = current.test(metric).mean();
        return Metrics.lowerIsBetter(metric) ? v.mean() < other : v.mean() > other;
    }

    /** "2.8× slower", or "no clear speed difference" when the epoch-time ranges overlap. */
    private static String ratio(AllCells.Comparison c, AllCells.Entry scratch, Messages m) {
        return c.get(scratch.cell(), Implementation.LIBRARY)
                .map(lib -> new Phrases(m)
                        .speed(scratch.group().timing(), lib.group().timing()))
                .orElse(NumberText.NONE);
    }

    /** Time per epoch, one bar per cell and implementation: cell colours, library bars lighter. */
    private static Figure timeChart(AllCells.Comparison c, ReportContext ctx) {
        Messages m = ctx.msg();
        List<AllCells.Entry> entries = c.entries();
        List<String> categories = entries.stream().map(x -> AllCells.name(x, m)).toList();
        List<Bars> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AllCells.Entry x = entries.get(i);
            Timing s = x.group().timing();
            double[] v = new double[entries.size()];
            double[] err = new double[entries.size()];
            Arrays.fill(v, Double.NaN);
            // Bar = median epoch; the range is asymmetric, so it is given in the table, not as error bars.
            v[i] = s.median();
            // Shade 0 for every entry: here each cell appears once per implementation, so the plain colour is right.
            bars.add(new Bars(categories.get(i), Palette.family(x.group()), Palette.library(x.group()), 0, v, err));
        }
        Axes axes = new Axes(m.get("chart.time.title"), m.get("cells.axis"), m.get("chart.seconds"), false, false);
        return ctx.numbering()
                .figure(
                        BarChart.draw(axes, categories, bars, true, m.get("impl.scratch"), m.get("impl.library")),
                        m.get("caption.cells.time"),
                        "all-cells",
                        "time");
    }
}
