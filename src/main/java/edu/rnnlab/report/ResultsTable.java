package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A results table: one row per model setting (the validation score that selection looks at, test
 * metrics as mean ± std over seeds, selected epoch, median and range of seconds per epoch and the
 * throughput derived from the same epochs) and one row per trivial baseline on the same test split,
 * with each metric column's best mean in bold. When the settings were scored on different test
 * splits (a swept window), each split gets its own baseline rows, labelled with its settings.
 */
final class ResultsTable {

    private ResultsTable() {}

    /**
     * @param sweepKey   when not null, a first column shows this swept key's value
     * @param sweepLabel the header of that column
     * @param baselines  whether to add the experiment's baselines as rows
     */
    static Table of(
            ExperimentRuns e,
            List<ModelGroup> groups,
            String sweepKey,
            String sweepLabel,
            boolean baselines,
            String caption,
            ReportContext ctx) {
        Messages m = ctx.msg();
        List<String> metrics = e.metricColumns();
        String primary = e.primaryMetric();
        boolean validation = groups.stream().anyMatch(g -> g.validation(primary).present());
        boolean anyFailed = groups.stream().anyMatch(g -> !g.failed().isEmpty());
        List<String> headers = new ArrayList<>();
        if (sweepKey != null) {
            headers.add(sweepLabel);
        }
        headers.add(m.get("results.model"));
        headers.add(m.get("results.seeds"));
        if (validation) {
            headers.add(m.get("results.validation", Metrics.header(m, primary, e.dataset())));
        }
        metrics.forEach(k -> headers.add(Metrics.header(m, k, e.dataset())));
        headers.add(m.get("results.epoch"));
        headers.add(m.get("results.seconds"));
        headers.add(m.get("results.throughput", unit(e, m)));
        if (anyFailed) {
            headers.add(m.get("results.status"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Map<String, Estimate>> rowValues = new ArrayList<>();
        for (ModelGroup g : groups) {
            List<Cell> row = new ArrayList<>();
            if (sweepKey != null) {
                row.add(Cell.num(SweepValues.text(g.sweep().get(sweepKey))));
            }
            row.add(Cell.plain(g.label()));
            row.add(Cell.num(g.completed().size() + "/" + g.runs().size()));
            if (validation) {
                row.add(Cell.num(NumberText.meanStd(g.validation(primary))));
            }
            Map<String, Estimate> values = new TreeMap<>();
            metrics.forEach(k -> values.put(k, g.test(k)));
            rowValues.add(values);
            metrics.forEach(k -> row.add(Cell.num(NumberText.meanStd(values.get(k)))));
            row.add(Cell.num(selected(g)));
            row.add(Cell.num(NumberText.timing(g.timing())));
            row.add(Cell.num(NumberText.sig(g.timing().perSecond(), 3)));
            if (anyFailed) {
                row.add(Cell.plain(status(g, m)));
            }
            rows.add(row);
        }
        if (baselines) {
            int blanks = 3 + (anyFailed ? 1 : 0);
            baselineRows(groups, sweepKey)
                    .forEach((settings, byName) -> byName.forEach((name, values) -> {
                        List<Cell> row = new ArrayList<>();
                        if (sweepKey != null) {
                            row.add(Cell.plain(settings));
                        }
                        row.add(Cell.plain(m.get("results.baseline", name)));
                        row.add(Cell.num(NumberText.NONE));
                        if (validation) {
                            row.add(Cell.num(NumberText.NONE));
                        }
                        Map<String, Estimate> v = new TreeMap<>();
                        values.forEach((k, x) -> v.put(k, Estimate.of(List.of(x))));
                        metrics.forEach(k -> row.add(Cell.num(NumberText.meanStd(v.getOrDefault(k, Estimate.NONE)))));
                        for (int i = 0; i < blanks; i++) {
                            row.add(Cell.num(NumberText.NONE));
                        }
                        rows.add(row);
                        rowValues.add(v);
                    }));
        }
        markBest(rows, rowValues, metrics, (sweepKey != null ? 1 : 0) + 2 + (validation ? 1 : 0));
        return ctx.numbering().table(caption, headers, rows, m.get("results.note"));
    }

    /**
     * The baselines of the settings, one entry per distinct test split: the swept values sharing it
     * ("3, 6") -> baseline name -> metrics. Blank label when every setting shares one split.
     */
    private static Map<String, Map<String, Map<String, Double>>> baselineRows(List<ModelGroup> groups, String key) {
        Map<Map<String, Map<String, Double>>, List<String>> bySplit = new LinkedHashMap<>();
        for (ModelGroup g : groups) {
            if (!g.baselines().isEmpty()) {
                bySplit.computeIfAbsent(g.baselines(), b -> new ArrayList<>())
                        .add(key == null ? "" : SweepValues.text(g.sweep().get(key)));
            }
        }
        Map<String, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
        bySplit.forEach(
                (b, values) -> out.put(bySplit.size() == 1 ? "" : String.join(", ", new LinkedHashSet<>(values)), b));
        return out;
    }

    /** Bold the best mean of each metric column. */
    private static void markBest(
            List<List<Cell>> rows, List<Map<String, Estimate>> values, List<String> metrics, int firstMetricColumn) {
        for (int c = 0; c < metrics.size(); c++) {
            String k = metrics.get(c);
            int best = -1;
            for (int r = 0; r < rows.size(); r++) {
                Estimate v = values.get(r).getOrDefault(k, Estimate.NONE);
                if (v.present()
                        && (best < 0
                                || better(k, v.mean(), values.get(best).get(k).mean()))) {
                    best = r;
                }
            }
            if (best >= 0) {
                List<Cell> row = rows.get(best);
                Cell cell = row.get(firstMetricColumn + c);
                row.set(firstMetricColumn + c, new Cell(cell.text(), true, true));
            }
        }
    }

    private static boolean better(String metric, double a, double b) {
        return Metrics.lowerIsBetter(metric) ? a < b : a > b;
    }

    /** "9 / 10" when every seed agrees, "7–10 / 10" otherwise. */
    static String selected(ModelGroup g) {
        IntSummaryStatistics sel = g.completed().stream()
                .mapToInt(r -> r.summary().selectedEpoch())
                .summaryStatistics();
        IntSummaryStatistics ran =
                g.completed().stream().mapToInt(r -> r.summary().epochsRun()).summaryStatistics();
        if (sel.getCount() == 0) {
            return NumberText.NONE;
        }
        String s = sel.getMin() == sel.getMax() ? "" + sel.getMin() : sel.getMin() + "\u2013" + sel.getMax();
        return s + " / " + ran.getMax();
    }

    static String status(ModelGroup g, Messages m) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArchivedRun r : g.failed()) {
            counts.merge(m.get("status." + r.summary().status().name().toLowerCase(Locale.ROOT)), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + s));
        return parts.isEmpty() ? m.get("status.completed") : String.join(", ", parts);
    }

    static String unit(ExperimentRuns e, Messages m) {
        String unit = e.runs().get(0).summary().throughputUnit();
        return m.getOr("throughput." + unit, unit == null ? "" : unit);
    }
}
