package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.run.TrainSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The compact setup table of an experiment: data and task, splits, window, models, training, seeds. */
final class SetupTable {

    private SetupTable() {}

    static Table of(ExperimentRuns e, ReportContext ctx) {
        return of(e, null, ctx);
    }

    /**
     * The setup of {@code e}; when {@code base} (the setup table of an earlier experiment of the same
     * section) is given, only the rows that differ from it, so a section states its settings once.
     */
    static Table of(ExperimentRuns e, Table base, ReportContext ctx) {
        Messages m = ctx.msg();
        List<List<Cell>> rows = rows(e, ctx);
        if (base == null) {
            return ctx.numbering().table(m.get("caption.setup", e.title(ctx.lang())), List.of(), rows, "");
        }
        List<List<String>> before = base.rows().stream()
                .map(r -> r.stream().map(Cell::text).toList())
                .toList();
        List<List<Cell>> differing = rows.stream()
                .filter(r -> !before.contains(r.stream().map(Cell::text).toList()))
                .toList();
        String number = base.id().substring(base.id().indexOf('-') + 1); // "table-12" -> 12
        return ctx.numbering()
                .table(m.get("caption.setup.diff", e.title(ctx.lang()), number), List.of(), differing, "");
    }

    private static List<List<Cell>> rows(ExperimentRuns e, ReportContext ctx) {
        Messages m = ctx.msg();
        ArchivedRun first = baseRun(e);
        DatasetSpec d = first.spec().dataset();
        List<List<Cell>> rows = new ArrayList<>();
        add(rows, m.get("setup.task"), task(m, d));
        add(
                rows,
                m.get("setup.data"),
                first.provenance().data() == null
                        ? NumberText.NONE
                        : first.provenance().data().description());
        Map<String, Integer> splits = first.summary().splits();
        Map<String, Integer> available = first.summary().available();
        add(
                rows,
                m.get("setup.splits"),
                m.get(
                        "setup.splits.value",
                        used(m, splits, available, "train"),
                        used(m, splits, available, "val"),
                        used(m, splits, available, "test")));
        mape(e, m).ifPresent(text -> add(rows, m.get("setup.mape"), text));
        dataSummaries(e).forEach(text -> rows.add(List.of(Cell.plain(m.get("setup.data_summary")), Cell.pre(text))));
        e.runs().stream()
                .map(r -> r.summary().extras().get("vocabulary"))
                .filter(v -> v != null && !v.isBlank())
                .distinct()
                .forEach(v -> add(rows, m.get("setup.vocabulary"), vocabulary(v)));
        // Sentence pairs have no history window or chronological split: their own wording.
        boolean pairs = d.kind() == DatasetKind.TRANSLATION;
        add(
                rows,
                m.get("setup.window"),
                pairs
                        ? m.get("setup.window.translation", d.window())
                        // A swept window or horizon has no single value: the sweep row below lists them.
                        : m.get(
                                "setup.window.value",
                                e.sweepKeys().contains("window") ? m.get("setup.swept") : d.window(),
                                e.sweepKeys().contains(HorizonStudy.KEY) ? m.get("setup.swept") : d.horizon()));
        add(
                rows,
                m.get("setup.protocol"),
                pairs
                        ? m.get("protocol.translation")
                        : m.get("protocol." + d.protocol().name().toLowerCase(Locale.ROOT)
                                // A text has no series or scaler: its standard protocol reads differently.
                                + (d.kind() == DatasetKind.TEXT && d.protocol() == Protocol.STANDARD ? ".text" : "")));
        // One line per model; a cell by hand and by library with the same settings share it.
        Map<String, List<String>> labelsBySettings = new LinkedHashMap<>();
        Map<String, ModelGroup> models = new LinkedHashMap<>();
        e.groups().forEach(g -> models.putIfAbsent(g.label(), g));
        models.values().forEach(g -> labelsBySettings
                .computeIfAbsent(model(m, g), k -> new ArrayList<>())
                .add(g.label()));
        List<String> lines = new ArrayList<>();
        labelsBySettings.forEach((settings, labels) -> lines.add(String.join(", ", labels) + ": " + settings));
        add(rows, m.get("setup.model"), String.join("\n", lines));
        add(rows, m.get("setup.training"), training(m, first.spec().train()));
        TreeSet<Long> seeds = new TreeSet<>();
        e.runs().forEach(r -> seeds.add(r.spec().seed()));
        add(rows, m.get("setup.seeds"), m.get("setup.seeds.value", seeds.size(), joined(seeds)));
        for (String key : e.sweepKeys()) {
            List<String> values = e.study(key).stream()
                    .map(g -> SweepValues.text(g.sweep().get(key)))
                    .distinct()
                    .toList();
            add(
                    rows,
                    m.get("setup.sweep"),
                    m.get("setup.sweep.value", ArchiveTerms.sweepKey(key, m), String.join(", ", values)));
        }
        return rows;
    }

    /** The run that shows the base setting: one outside any sweep when there is one. */
    private static ArchivedRun baseRun(ExperimentRuns e) {
        return e.runs().stream()
                .filter(r -> r.spec().sweep().isEmpty())
                .findFirst()
                .orElse(e.runs().get(0));
    }

    static String task(Messages m, DatasetSpec d) {
        String kind = d.kind().name().toLowerCase(Locale.ROOT);
        String feature = d.feature() == null ? "" : m.getOr("feature." + d.feature(), d.feature());
        String unit = d.feature() == null ? "" : m.getOr("unit." + d.feature(), "");
        return m.get("task." + kind, feature, unit);
    }

    private static String model(Messages m, ModelGroup g) {
        ModelSpec s = g.model();
        String text = m.get("setup.model.value", s.hidden(), s.layers(), NumberText.count(g.parameters()));
        if (s.bidirectional()) {
            text += m.get("setup.model.bidirectional");
        }
        if (s.cell() == CellType.GRU) {
            text += m.get("setup.model.gru." + s.gruForm().name().toLowerCase(Locale.ROOT));
        }
        if (s.embedding() > 0) {
            text += m.get("setup.model.embedding", s.embedding());
        }
        if (s.dropout() > 0) {
            text += m.get("setup.model.dropout", NumberText.sig(s.dropout(), 2));
        }
        return text;
    }

    static String training(Messages m, TrainSpec t) {
        return m.get(
                "setup.training.value",
                m.get("optimizer." + t.optimizer().name().toLowerCase(Locale.ROOT)),
                SweepValues.text(t.lr()),
                t.batch(),
                t.epochs(),
                t.clip() > 0 ? SweepValues.text(t.clip()) : m.get("setup.off"),
                t.patience() > 0 ? String.valueOf(t.patience()) : m.get("setup.off"));
    }

    /**
     * The runs' {@code data_summary} texts (users kept, check-ins, vocabulary, windows per split),
     * each distinct one once: data preparation does not depend on the seed, so usually one.
     */
    private static List<String> dataSummaries(ExperimentRuns e) {
        return e.runs().stream()
                .map(r -> r.summary().extras().get("data_summary"))
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static String vocabulary(String v) {
        try {
            return NumberText.count(Long.parseLong(v.strip()));
        } catch (NumberFormatException notANumber) {
            return v;
        }
    }

    /** "2 000 of 276 923" when a cap kept fewer windows than the split had, else the count. */
    private static String used(Messages m, Map<String, Integer> splits, Map<String, Integer> available, String split) {
        Integer n = splits.get(split);
        Integer all = available.get(split);
        return n != null && all != null && all > n ? m.get("setup.splits.capped", count(n), count(all)) : count(n);
    }

    /** Why MAPE is missing (the target reaches zero) or why it is shown without that check. */
    private static Optional<String> mape(ExperimentRuns e, Messages m) {
        if (e.targetReachesZero()) {
            double min = e.runs().stream()
                    .mapToDouble(r -> r.summary().testTarget().getOrDefault("min", Double.NaN))
                    .filter(Double::isFinite)
                    .min()
                    .orElse(Double.NaN);
            double max = e.runs().stream()
                    .mapToDouble(r -> r.summary().testTarget().getOrDefault("max", Double.NaN))
                    .filter(Double::isFinite)
                    .max()
                    .orElse(Double.NaN);
            return Optional.of(m.get("setup.mape.dropped", NumberText.sig(min, 3), NumberText.sig(max, 3)));
        }
        return e.targetRangeUnknown() ? Optional.of(m.get("setup.mape.unknown")) : Optional.empty();
    }

    private static String count(Integer n) {
        return n == null ? NumberText.NONE : NumberText.count(n);
    }

    private static String joined(TreeSet<Long> seeds) {
        List<String> s = new ArrayList<>();
        seeds.forEach(v -> s.add(Long.toString(v)));
        return String.join(", ", s);
    }

    private static void add(List<List<Cell>> rows, String key, String value) {
        rows.add(List.of(Cell.plain(key), Cell.plain(value)));
    }
}
