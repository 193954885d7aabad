package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The appendix's run table: one row per configuration (experiment, model label and swept values, as the
 * sections group them), its seeds collapsed into a list and a status count. Why not one row per run: a
 * standard lab has about 300 runs, six pages of rows a grader does not read; the run ids follow from the
 * row's pattern, and every run's numbers are one line each in {@code reports/runs/index.csv}.
 */
final class RunTable {

    private RunTable() {}

    static Table of(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<List<Cell>> rows = new ArrayList<>();
        List<ExperimentRuns> experiments = new ArrayList<>(ExperimentRuns.of(runs));
        // In the sections' order: items 1-7, then the extras (item 0).
        experiments.sort(Comparator.comparingInt(e -> e.item() == 0 ? Integer.MAX_VALUE : e.item()));
        for (ExperimentRuns e : experiments) {
            String experiment = e.id();
            for (ModelGroup g : inSweepOrder(e.groups())) {
                rows.add(List.of(
                        Cell.plain(experiment),
                        Cell.plain(configuration(g, ctx.msg())),
                        Cell.plain(idPattern(g)),
                        Cell.num(seeds(g)),
                        Cell.plain(status(g, m)),
                        Cell.num(epochs(g)),
                        Cell.num(NumberText.duration(meanSeconds(g)))));
                experiment = ""; // printed once, on the experiment's first configuration
            }
        }
        return ctx.numbering()
                .table(
                        m.get("caption.runtable", rows.size(), runs.size()),
                        List.of(
                                m.get("runs.experiment"),
                                m.get("runtable.config"),
                                m.get("runtable.ids"),
                                m.get("runtable.seeds"),
                                m.get("runs.status"),
                                m.get("runtable.epochs"),
                                m.get("runtable.time")),
                        rows,
                        rows.isEmpty() ? m.get("runs.none") : m.get("runtable.note"));
    }

    /**
     * The groups as the sections order them, but a model's sweep points by key and then by value
     * (hidden 8, 16, 32, 128 rather than 128, 16, 32, 8), so a grader finds a setting at a glance.
     */
    static List<ModelGroup> inSweepOrder(List<ModelGroup> groups) {
        List<String> labels = groups.stream().map(ModelGroup::label).distinct().toList();
        List<ModelGroup> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.<ModelGroup>comparingInt(g -> labels.indexOf(g.label()))
                .thenComparing(g -> String.join(",", g.sweep().keySet()))
                .thenComparing((a, b) -> SweepValues.compare(first(a), first(b))));
        return sorted;
    }

    private static Object first(ModelGroup g) {
        return g.sweep().isEmpty() ? "" : g.sweep().values().iterator().next();
    }

    /** The model label with the swept values, e.g. "GRU (library), hidden=64". */
    static String configuration(ModelGroup g, Messages m) {
        if (g.sweep().isEmpty()) {
            return g.label();
        }
        return g.label() + ", "
                + g.sweep().entrySet().stream()
                        .map(s -> m.getOr("sweep." + s.getKey(), s.getKey()) + "=" + SweepValues.text(s.getValue()))
                        .collect(Collectors.joining(", "));
    }

    /**
     * The run ids as a pattern, {@code <model>-<spec hash>-s*}: the seed replaces the star. A setting run
     * with two specs (an override, other data) has two patterns, one a line.
     */
    static String idPattern(ModelGroup g) {
        Set<String> stems = new LinkedHashSet<>();
        for (ArchivedRun r : g.runs()) {
            String id = String.valueOf(r.dir().getFileName());
            String seed = "-s" + r.spec().seed();
            stems.add((id.endsWith(seed) ? id.substring(0, id.length() - seed.length()) : id) + "-s*");
        }
        return String.join("\n", stems);
    }

    /** The seeds as ranges: "1–3", "1, 2, 5". */
    static String seeds(ModelGroup g) {
        List<Long> seeds = g.runs().stream().map(r -> r.spec().seed()).toList(); // sorted by ModelGroup
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < seeds.size()) {
            int j = i;
            while (j + 1 < seeds.size() && seeds.get(j + 1) == seeds.get(j) + 1) {
                j++;
            }
            parts.add(j - i >= 2 ? seeds.get(i) + "\u2013" + seeds.get(j) : joined(seeds.subList(i, j + 1)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static String joined(List<Long> seeds) {
        return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "3/3 completed", or "2/3 completed; s3 diverged" naming each run that did not complete. */
    static String status(ModelGroup g, Messages m) {
        String done = m.get("runtable.completed", g.completed().size(), g.runs().size());
        List<String> failed = g.failed().stream()
                .map(r -> m.get(
                        "runtable.failed",
                        r.spec().seed(),
                        m.get("status." + r.summary().status().name().toLowerCase(Locale.ROOT))))
                .toList();
        return failed.isEmpty() ? done : done + "; " + String.join(", ", failed);
    }

    /** Epochs trained: one number when every seed trained as long, else the range. */
    private static String epochs(ModelGroup g) {
        int min = g.runs().stream().mapToInt(r -> r.summary().epochsRun()).min().orElse(0);
        int max = g.runs().stream().mapToInt(r -> r.summary().epochsRun()).max().orElse(0);
        return min == max ? String.valueOf(min) : min + "\u2013" + max;
    }

    /** Mean wall time of one run of the setting (what reproducing one run costs on the same machine). */
    private static double meanSeconds(ModelGroup g) {
        return g.runs().stream()
                .mapToDouble(r -> r.summary().totalSeconds())
                .filter(Double::isFinite)
                .average()
                .orElse(Double.NaN);
    }
}
