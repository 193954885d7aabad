package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The summary: one row per lab item with what was done, the headline number and a verdict derived
 * from the same numbers and the same noise rules as the item's own observations.
 */
final class SummaryTable {

    private SummaryTable() {}

    static Table of(List<ExperimentRuns> all, ItemSections sections, ReportContext ctx) {
        Messages m = ctx.msg();
        List<List<Cell>> rows = new ArrayList<>();
        for (int item = 1; item <= 7; item++) {
            List<ExperimentRuns> exps = new ArrayList<>(ItemSections.ofItem(item, all));
            if (item == 2) {
                exps.addAll(ItemSections.coursePart(all));
            }
            String title = item + ". " + m.get("item." + item + ".title");
            if (exps.isEmpty()) {
                rows.add(List.of(Cell.plain(title), Cell.plain(m.get("summary.not_run")), Cell.num(NumberText.NONE),
                        Cell.plain(sections.missingReason(item))));
                continue;
            }
            rows.add(List.of(Cell.plain(title), Cell.plain(done(exps, ctx)), Cell.plain(headline(exps.get(0), ctx)),
                    Cell.plain(verdict(item, exps, all, m))));
        }
        return ctx.numbering().table(m.get("caption.summary"), List.of(m.get("summary.item"), m.get("summary.done"),
                m.get("summary.headline"), m.get("summary.verdict")), rows, m.get("summary.note"));
    }

    private static String done(List<ExperimentRuns> exps, ReportContext ctx) {
        List<String> parts = new ArrayList<>();
        for (ExperimentRuns e : exps) {
            List<String> labels = e.groups().stream().map(ModelGroup::label).distinct().toList();
            parts.add(ctx.msg().get("summary.done.value", e.title(ctx.lang()), String.join(", ", labels), e.runs().size()));
        }
        return String.join("; ", parts);
    }

    private static String headline(ExperimentRuns e, ReportContext ctx) {
        String metric = e.primaryMetric();
        List<ModelGroup> ranked = Observations.ranked(e.groups(), metric);
        if (ranked.isEmpty()) {
            return NumberText.NONE;
        }
        ModelGroup best = ranked.get(0);
        String value = new Phrases(ctx.msg()).value(best.test(metric), metric, e.dataset());
        return Metrics.label(ctx.msg(), metric) + " " + value + " (" + best.label() + ")";
    }

    private static String verdict(int item, List<ExperimentRuns> exps, List<ExperimentRuns> all, Messages m) {
        List<String> parts = new ArrayList<>();
        if (item == 7) {
            for (ExperimentRuns e : exps) {
                PairedSection.pairs(e).stream().findFirst().ifPresent(p -> parts.add(PairedSection.verdict(p,
                        e.primaryMetric(), m)));
            }
        }
        CrossItem.matches(item, all).forEach(x -> parts.add(CrossItem.verdict(x, m)));
        if (item == 6) {
            AllCells.of(all).flatMap(c -> AllCellsObservations.verdict(c, m)).ifPresent(parts::add);
        }
        if (item == 3) {
            for (ExperimentRuns e : exps) {
                for (String key : e.sweepKeys()) {
                    String metric = e.primaryMetric();
                    List<ModelGroup> ranked = Observations.ranked(e.study(key), metric);
                    if (!ranked.isEmpty()) {
                        // Same rule as the observations: best vs worst must exceed the seed spread.
                        Difference d = Difference.of(ranked.get(0).test(metric),
                                ranked.get(ranked.size() - 1).test(metric), Metrics.lowerIsBetter(metric));
                        String kind = d == Difference.WITHIN_NOISE ? "verdict.sweep.noise"
                                : d == Difference.UNKNOWN_NOISE ? "verdict.sweep.unknown" : "verdict.sweep";
                        parts.add(m.get(kind, m.getOr("sweep." + key, key), SweepValues.text(ranked.get(0).sweep().get(key))));
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            ExperimentRuns e = exps.get(0);
            List<ModelGroup> ranked = Observations.ranked(e.groups(), e.primaryMetric());
            Optional<String> base = ranked.isEmpty() ? Optional.empty()
                    : Observations.baseline(e, ranked.get(0), e.primaryMetric(), new Phrases(m), m);
            base.ifPresent(parts::add);
        }
        int failed = exps.stream().mapToInt(e -> e.failed().size()).sum();
        if (failed > 0) {
            parts.add(m.get("verdict.failed", failed));
        }
        return parts.isEmpty() ? m.get("verdict.none") : String.join(" ", parts);
    }
}
