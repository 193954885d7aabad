package edu.rnnlab.report;

import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.List;

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
                rows.add(List.of(
                        Cell.plain(title),
                        Cell.plain(m.get("summary.not_run")),
                        Cell.num(NumberText.NONE),
                        Cell.plain(sections.missingReason(item))));
                continue;
            }
            rows.add(List.of(
                    Cell.plain(title),
                    Cell.plain(done(exps, ctx)),
                    Cell.plain(headline(
                            exps.stream()
                                    // a horizon study's best is just its nearest horizon: no headline
                                    .filter(e -> !e.sweepKeys().contains(HorizonStudy.KEY))
                                    .findFirst()
                                    .orElse(exps.get(0)),
                            ctx)),
                    Cell.plain(verdict(item, exps, all, m))));
        }
        return ctx.numbering()
                .table(
                        m.get("caption.summary"),
                        List.of(
                                m.get("summary.item"),
                                m.get("summary.done"),
                                m.get("summary.headline"),
                                m.get("summary.verdict")),
                        rows,
                        m.get("summary.note"));
    }

    private static String done(List<ExperimentRuns> exps, ReportContext ctx) {
        List<String> parts = new ArrayList<>();
        for (ExperimentRuns e : exps) {
            // The models are in the item's tables; here the experiment and its size.
            parts.add(ctx.msg()
                    .get(
                            "summary.done.value",
                            e.title(ctx.lang()),
                            e.groups().size(),
                            e.runs().size()));
        }
        return String.join("; ", parts);
    }

    /**
     * The test score of the setting picked on validation (of all the experiment's settings, sweeps
     * included); check-in results quote every metric.
     */
    private static String headline(ExperimentRuns e, ReportContext ctx) {
        Messages m = ctx.msg();
        String metric = e.primaryMetric();
        // An incomplete study offers no candidates: a pick from it could be an artefact of the missing runs.
        List<ModelGroup> candidates = e.groups().stream()
                .filter(g -> g.sweep().keySet().stream()
                        .allMatch(k -> SweepPick.of(e, k).complete()))
                .toList();
        List<ModelGroup> ranked = Observations.ranked(candidates, metric);
        if (ranked.isEmpty()) {
            return NumberText.NONE;
        }
        ModelGroup best = ranked.get(0);
        Phrases p = new Phrases(m);
        // Classification quotes every metric (a baseline may win on Acc@5 while the model wins Acc@1).
        List<String> metrics = Metrics.isRegression(e.dataset().kind()) ? List.of(metric) : e.metricColumns();
        List<String> values = new ArrayList<>();
        metrics.forEach(k -> values.add(Metrics.label(m, k) + " " + p.value(best.test(k), k, e.dataset())));
        String picked = ranked.size() > 1
                ? m.get(
                        Observations.onValidation(ranked, metric) ? "summary.picked.val" : "summary.picked.test",
                        ranked.size())
                : "";
        return String.join(", ", values) + " (" + best.label() + sweepText(best, m) + picked + ")";
    }

    private static String sweepText(ModelGroup g, Messages m) {
        List<String> parts = new ArrayList<>();
        g.sweep().forEach((k, v) -> parts.add(ArchiveTerms.sweepKey(k, m) + " " + SweepValues.text(v)));
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }

    private static String verdict(int item, List<ExperimentRuns> exps, List<ExperimentRuns> all, Messages m) {
        List<String> parts = new ArrayList<>();
        if (item == 7) {
            LstmGruDesign design = LstmGruDesign.of(exps);
            if (!design.comparisons().isEmpty()) {
                parts.add(LstmGruObservations.verdict(design, m));
            }
        }
        CrossItem.matches(item, all).forEach(x -> parts.add(CrossItem.verdict(x, m)));
        if (item == 6) {
            AllCells.of(all).flatMap(c -> AllCellsObservations.verdict(c, m)).ifPresent(parts::add);
        }
        if (item == 3) {
            for (ExperimentRuns e : exps) {
                e.sweepKeys().forEach(key -> parts.add(sweepVerdict(e, key, m)));
            }
        }
        for (ExperimentRuns e : exps) {
            // The picked setting against the best trivial baseline (the item's analysis has every baseline and metric).
            List<ModelGroup> ranked = Observations.ranked(e.groups(), e.primaryMetric());
            // A horizon study has no single pick: its verdict already sets every horizon beside the baselines.
            if (!ranked.isEmpty() && !e.courseProtocol() && !e.sweepKeys().contains(HorizonStudy.KEY)) {
                Conclusions.againstBaseline(e, ranked.get(0), m, "summary.baseline.")
                        .ifPresent(parts::add);
            }
        }
        int failed = exps.stream().mapToInt(e -> e.failed().size()).sum();
        if (failed > 0) {
            parts.add(m.get("verdict.failed", failed));
        }
        return parts.isEmpty() ? m.get("verdict.none") : String.join(" ", parts);
    }

    /** "hidden: 32 (tie with 64, p = 0.41)", per cell when the study has several, or why no value is named. */
    private static String sweepVerdict(ExperimentRuns e, String key, Messages m) {
        if (HorizonStudy.KEY.equals(key)) {
            return HorizonStudy.verdict(e, m);
        }
        List<String> labels = SweepPick.labels(e, key);
        if (labels.size() <= 1) {
            return sweepVerdict(e, key, SweepPick.of(e, key), m);
        }
        String keyLabel = m.getOr("sweep." + key, key);
        List<String> cells = new ArrayList<>();
        for (String label : labels) {
            SweepPick pick = SweepPick.of(e, key, label);
            if (!pick.hasPick()) {
                return sweepVerdict(e, key, pick, m); // partial or too few: say so once, name nothing
            }
            SeedTest t = pick.onValidation();
            String kind = !t.tested()
                    ? "verdict.sweep.cell.untested"
                    : t.significant() ? "verdict.sweep.cell" : "verdict.sweep.cell.tie";
            cells.add(m.get(kind, label, pick.value(pick.picked()), pick.value(pick.runnerUp()), NumberText.p(t.p())));
        }
        return m.get("verdict.sweep.cells", keyLabel, String.join("; ", cells));
    }

    private static String sweepVerdict(ExperimentRuns e, String key, SweepPick pick, Messages m) {
        String keyLabel = m.getOr("sweep." + key, key);
        if (!pick.complete()) {
            return m.get("verdict.sweep.partial", keyLabel, pick.missing(), pick.expected());
        }
        if (!pick.hasPick()) {
            return m.get("verdict.sweep.too_few", keyLabel);
        }
        SeedTest t = pick.onValidation();
        String kind = !t.tested() ? "verdict.sweep.untested" : t.significant() ? "verdict.sweep" : "verdict.sweep.tie";
        String metric = e.primaryMetric();
        return m.get(
                kind,
                keyLabel,
                pick.value(pick.picked()),
                pick.value(pick.runnerUp()),
                NumberText.p(t.p()),
                Metrics.label(m, metric),
                new Phrases(m).value(pick.picked().test(metric), metric, e.dataset()));
    }
}
