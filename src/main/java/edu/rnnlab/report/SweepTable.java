package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The compact table of a one-at-a-time study: one row per swept value, and per cell two columns (the
 * test score as mean ± std, then the validation mean that the pick looks at), so the three cells are read
 * side by side. Each cell's pick is bold with a mark, the base value held fixed while other keys are
 * swept is labelled, and one last column holds the median milliseconds per epoch of the cells where the
 * key changes the time (not for a learning rate: the column would only repeat the same work). The
 * baselines are rows when every value shares one test split; when the split changes with the value
 * (a longer window drops the first steps of each series), they are columns beside each value instead.
 */
final class SweepTable {

    /** The mark beside each cell's pick (a glyph of the bundled fonts). */
    static final String PICK = "\u2713";

    private SweepTable() {}

    static Table of(ExperimentRuns e, String key, ReportContext ctx) {
        Messages m = ctx.msg();
        String metric = e.primaryMetric();
        String keyLabel = m.getOr("sweep." + key, key);
        List<ModelGroup> study = e.study(key);
        List<String> labels = SweepPick.labels(e, key);
        List<String> values = study.stream()
                .map(g -> SweepValues.text(g.sweep().get(key)))
                .distinct()
                .toList();
        Map<String, ModelGroup> picks = new LinkedHashMap<>();
        for (String label : labels) {
            SweepPick pick = SweepPick.of(e, key, label);
            if (pick.hasPick()) {
                picks.put(label, pick.picked());
            }
        }
        boolean validation = study.stream().anyMatch(g -> g.validation(metric).present());
        boolean timing = timeMatters(e, key, study, labels);
        Set<String> baselineNames =
                new TreeSet<>(); // by name: the same column order whatever order a run stored them in
        study.forEach(g -> baselineNames.addAll(g.baselines().keySet()));
        boolean perValue = study.stream()
                        .map(ModelGroup::baselines)
                        .filter(b -> !b.isEmpty())
                        .distinct()
                        .count()
                > 1;
        List<String> headers = new ArrayList<>();
        headers.add(keyLabel);
        for (String label : labels) {
            // The test score under the cell's name, then its validation mean under a short header: long
            // headers would make the engine spread the narrow validation columns as wide as the test ones.
            headers.add(label);
            if (validation) {
                headers.add(m.get("sweep.table.validation"));
            }
        }
        if (timing) {
            headers.add(m.get("sweep.table.seconds"));
        }
        if (perValue) {
            baselineNames.forEach(headers::add);
        }
        String base = SweepBase.text(e, key);
        List<List<Cell>> rows = new ArrayList<>();
        for (String value : values) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.num(value.equals(base) ? m.get("sweep.table.base", value) : value));
            List<String> seconds = new ArrayList<>();
            ModelGroup any = null;
            for (String label : labels) {
                ModelGroup g = study.stream()
                        .filter(x -> SweepPick.series(e, key, x).equals(label)
                                && SweepValues.text(x.sweep().get(key)).equals(value))
                        .findFirst()
                        .orElse(null);
                any = any == null ? g : any;
                boolean picked = g != null && g == picks.get(label);
                row.add(new Cell(
                        g == null ? NumberText.NONE : test(g, metric, picked && !validation, m), picked, true));
                if (validation) {
                    // The mark sits beside the validation mean: that is what picked the value.
                    String v = g == null
                            ? NumberText.NONE
                            : unbroken(meanOnly(g.validation(metric)) + (picked ? " " + PICK : ""));
                    row.add(new Cell(v, picked, true));
                }
                seconds.add(
                        g == null || !g.timing().present()
                                ? NumberText.NONE
                                : NumberText.sig(1000 * g.timing().median(), 2));
            }
            if (timing) {
                row.add(Cell.num(String.join("/", seconds)));
            }
            if (perValue) {
                Map<String, Map<String, Double>> b = any == null ? Map.of() : any.baselines();
                baselineNames.forEach(name -> row.add(Cell.num(baseline(b.get(name), metric))));
            }
            rows.add(row);
        }
        if (!perValue) {
            Map<String, Map<String, Double>> b = study.stream()
                    .map(ModelGroup::baselines)
                    .filter(x -> !x.isEmpty())
                    .findFirst()
                    .orElse(Map.of());
            new TreeMap<>(b).forEach((name, metrics) -> {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.plain(name));
                for (int i = 0; i < labels.size(); i++) {
                    row.add(Cell.num(baseline(metrics, metric)));
                    if (validation) {
                        row.add(Cell.num(NumberText.NONE));
                    }
                }
                if (timing) {
                    row.add(Cell.num(NumberText.NONE));
                }
                rows.add(row);
            });
        }
        String caption = m.get("caption.sweep.table", keyLabel, e.title(ctx.lang()));
        // The note explains only what this table shows.
        List<String> note = new ArrayList<>();
        note.add(m.get("sweep.table.note", Metrics.label(m, metric), PICK));
        if (base != null && values.contains(base)) {
            note.add(m.get("sweep.table.note.base"));
        }
        if (timing) {
            note.add(m.get("sweep.table.note.time", String.join(" / ", labels)));
        }
        if (!baselineNames.isEmpty()) {
            note.add(m.get(perValue ? "sweep.table.note.split" : "sweep.table.note.rows"));
        }
        return ctx.numbering().table(caption, headers, rows, String.join(" ", note));
    }

    /**
     * Whether the time column earns its place: some cell's fastest and slowest settings have per-epoch
     * ranges that do not overlap (hidden size, batch size do; a learning rate does not change the work).
     */
    private static boolean timeMatters(ExperimentRuns e, String key, List<ModelGroup> study, List<String> labels) {
        for (String label : labels) {
            List<ModelGroup> timed = study.stream()
                    .filter(g -> SweepPick.series(e, key, g).equals(label)
                            && g.timing().present())
                    .toList();
            for (ModelGroup a : timed) {
                for (ModelGroup b : timed) {
                    if (a.timing().clearlyFasterThan(b.timing())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The test score of a setting, its pick marked, and its failed seeds counted ("— (2 diverged)"). */
    private static String test(ModelGroup g, String metric, boolean picked, Messages m) {
        String text = unbroken(NumberText.meanStd(g.test(metric)) + (picked ? " " + PICK : ""));
        return g.failed().isEmpty() ? text : text + " (" + ResultsTable.status(g, m) + ")";
    }

    /**
     * A number kept on one line (no-break spaces around the ± and before the mark): the PDF engine sizes
     * columns by their widest unbreakable text, so the numbers get their width and the row labels wrap.
     */
    static String unbroken(String text) {
        return text.replace(' ', '\u00a0');
    }

    /** The mean of an estimate as the tables print it (the figures before the ±). */
    static String meanOnly(Estimate e) {
        String text = NumberText.meanStd(e);
        int pm = text.indexOf(" \u00b1");
        return pm < 0 ? text : text.substring(0, pm);
    }

    private static String baseline(Map<String, Double> metrics, String metric) {
        Double v = metrics == null ? null : metrics.get(metric);
        return v == null || !Double.isFinite(v) ? NumberText.NONE : NumberText.meanStd(Estimate.of(List.of(v)));
    }
}
