package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The horizon study as one table: a row per horizon, each cell's test score (mean ± std, marked where
 * every seed beats both baselines) beside the two baselines scored on the same test windows, the best
 * of the row in bold. Nothing is picked here: a nearer target is always easier.
 */
final class HorizonTable {

    private HorizonTable() {}

    static Table of(ExperimentRuns e, ReportContext ctx) {
        Messages m = ctx.msg();
        String metric = e.primaryMetric();
        String key = HorizonStudy.KEY;
        List<String> labels = SweepPick.labels(e, key);
        Map<Double, List<ModelGroup>> byHorizon = HorizonStudy.byHorizon(e);
        Set<String> names = new TreeSet<>(); // by name: the same column order whatever order a run stored them in
        byHorizon
                .values()
                .forEach(gs -> gs.forEach(g -> names.addAll(g.baselines().keySet())));
        List<String> headers = new ArrayList<>();
        headers.add(m.getOr("sweep." + key, key));
        headers.addAll(labels);
        headers.addAll(names);
        boolean lower = Metrics.lowerIsBetter(metric);
        List<List<Cell>> rows = new ArrayList<>();
        byHorizon.forEach((h, groups) -> {
            List<String> texts = new ArrayList<>();
            List<Double> means = new ArrayList<>();
            Map.Entry<String, Double> better = HorizonStudy.bestBaseline(groups, metric);
            for (String label : labels) {
                ModelGroup g = groups.stream()
                        .filter(x -> SweepPick.series(e, HorizonStudy.KEY, x).equals(label))
                        .findFirst()
                        .orElse(null);
                Estimate est = g == null ? Estimate.NONE : g.test(metric);
                boolean pays = g != null && better != null && HorizonStudy.pays(g, metric, better.getValue());
                texts.add(SweepTable.unbroken(NumberText.meanStd(est) + (pays ? " " + SweepTable.PICK : "")));
                means.add(est.present() ? est.mean() : Double.NaN);
            }
            Map<String, Map<String, Double>> b = groups.stream()
                    .map(ModelGroup::baselines)
                    .filter(x -> !x.isEmpty())
                    .findFirst()
                    .orElse(Map.of());
            for (String name : names) {
                Double v = b.getOrDefault(name, Map.of()).get(metric);
                boolean known = v != null && Double.isFinite(v);
                texts.add(known ? NumberText.meanStd(Estimate.of(List.of(v))) : NumberText.NONE);
                means.add(known ? v : Double.NaN);
            }
            int best = -1;
            for (int i = 0; i < means.size(); i++) {
                double v = means.get(i);
                if (!Double.isNaN(v) && (best < 0 || (lower ? v < means.get(best) : v > means.get(best)))) {
                    best = i;
                }
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.num(SweepValues.text(h)));
            for (int i = 0; i < texts.size(); i++) {
                row.add(new Cell(texts.get(i), i == best, true));
            }
            rows.add(row);
        });
        String keyLabel = m.getOr("sweep." + key, key);
        return ctx.numbering()
                .table(
                        m.get("caption.sweep.table", keyLabel, e.title(ctx.lang())),
                        headers,
                        rows,
                        m.get("sweep.horizon.note", Metrics.label(m, metric), SweepTable.PICK));
    }
}
