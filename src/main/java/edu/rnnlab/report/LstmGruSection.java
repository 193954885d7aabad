package edu.rnnlab.report;

import edu.rnnlab.report.LstmGruDesign.Arm;
import edu.rnnlab.report.LstmGruDesign.Comparison;
import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The block closing item 7: the design (arms x datasets), one results row per arm and dataset (both
 * cells' test scores beside the best baseline, the effect GRU - LSTM with its 95 % CI and p-value,
 * epochs to within 1 % of the best validation score, time per epoch, parameter counts), two charts and
 * the conclusion sentences ({@link LstmGruObservations}).
 */
final class LstmGruSection {

    private LstmGruSection() {}

    static Optional<Block> of(List<ExperimentRuns> item7, ReportContext ctx) {
        LstmGruDesign design = LstmGruDesign.of(item7);
        if (design.comparisons().isEmpty()) {
            return Optional.empty();
        }
        Messages m = ctx.msg();
        List<Table> tables = List.of(designTable(design, ctx), resultsTable(design, ctx));
        List<Figure> figures = LstmGruCharts.of(design, ctx);
        return Optional.of(new Block(
                "lstm-gru-design",
                m.get("lstmgru.heading"),
                true,
                List.of(m.get("lstmgru.intro")),
                List.of(),
                null,
                tables,
                figures,
                LstmGruObservations.of(design, m),
                List.of(),
                List.of()));
    }

    /** "PeMS traffic, flow, 1 step(s) ahead": the short name of a dataset in the design. */
    static String dataset(Messages m, DatasetSpec d) {
        String feature = d.feature() == null ? "" : m.getOr("feature." + d.feature(), d.feature());
        return m.get("lstmgru.dataset." + d.kind().name().toLowerCase(Locale.ROOT), feature, d.horizon());
    }

    static String arm(Messages m, Arm arm) {
        return m.get("lstmgru.arm." + arm.name().toLowerCase(Locale.ROOT));
    }

    private static Table designTable(LstmGruDesign design, ReportContext ctx) {
        Messages m = ctx.msg();
        List<String> headers = new ArrayList<>(List.of(m.get("lstmgru.arm")));
        design.experiments().forEach(e -> headers.add(dataset(m, e.dataset())));
        List<List<Cell>> rows = new ArrayList<>();
        for (Arm arm : Arm.values()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(arm(m, arm))));
            for (ExperimentRuns e : design.experiments()) {
                row.add(Cell.plain(design.get(e, arm)
                        .map(c -> m.get(
                                "lstmgru.design.cell",
                                c.lstm().label(),
                                NumberText.count(c.lstm().parameters()),
                                c.gru().label(),
                                NumberText.count(c.gru().parameters()),
                                NumberText.sig(
                                        (double) c.gru().parameters() / c.lstm().parameters(), 3)))
                        .orElse(m.get("lstmgru.design.missing"))));
            }
            rows.add(row);
        }
        List<Cell> shared = new ArrayList<>(List.of(Cell.plain(m.get("lstmgru.design.shared"))));
        for (ExperimentRuns e : design.experiments()) {
            Optional<Comparison> any = design.comparisons().stream()
                    .filter(c -> c.experiment() == e)
                    .findFirst();
            shared.add(Cell.plain(any.map(c -> m.get(
                            "lstmgru.design.shared.value",
                            e.dataset().window(),
                            c.lstm().runs().get(0).spec().train().epochs(),
                            c.effect().n1()))
                    .orElse(NumberText.NONE)));
        }
        rows.add(shared);
        return ctx.numbering().table(m.get("caption.lstmgru.design"), headers, rows, m.get("lstmgru.design.note"));
    }

    private static Table resultsTable(LstmGruDesign design, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        List<List<Cell>> rows = new ArrayList<>();
        for (Comparison c : design.comparisons()) {
            DatasetSpec d = c.experiment().dataset();
            SeedTest t = c.effect();
            String ci =
                    t.tested() ? "[" + NumberText.signed(t.low(), 2) + ", " + NumberText.signed(t.high(), 2) + "]" : "";
            String verdict =
                    !t.tested() ? m.get("paired.too_few") : m.get(t.significant() ? "paired.yes" : "paired.no");
            rows.add(List.of(
                    Cell.plain(dataset(m, d)),
                    Cell.plain(arm(m, c.arm())),
                    Cell.num(p.value(c.lstm().test(c.metric()), c.metric(), d)),
                    Cell.num(p.value(c.gru().test(c.metric()), c.metric(), d)),
                    Cell.plain(bestBaseline(c, p)),
                    Cell.num(NumberText.signed(t.difference(), 2) + " " + ci),
                    Cell.num(t.tested() ? NumberText.p(t.p()) : NumberText.NONE),
                    Cell.plain(verdict),
                    Cell.num(NumberText.meanStd(c.lstm().epochsToWithinOnePercent(c.metric())) + " / "
                            + NumberText.meanStd(c.gru().epochsToWithinOnePercent(c.metric()))),
                    Cell.num(NumberText.timing(c.lstm().timing()) + " / "
                            + NumberText.timing(c.gru().timing())),
                    Cell.num(NumberText.count(c.lstm().parameters()) + " / "
                            + NumberText.count(c.gru().parameters()))));
        }
        String metric = Metrics.label(m, design.comparisons().get(0).metric());
        List<String> headers = List.of(
                m.get("lstmgru.col.dataset"),
                m.get("lstmgru.arm"),
                m.get("lstmgru.col.lstm", metric),
                m.get("lstmgru.col.gru", metric),
                m.get("lstmgru.col.baseline"),
                m.get("lstmgru.col.effect"),
                m.get("paired.p"),
                m.get("paired.significant"),
                m.get("lstmgru.col.epochs"),
                m.get("lstmgru.col.seconds"),
                m.get("lstmgru.col.parameters"));
        return ctx.numbering().table(m.get("caption.lstmgru.results"), headers, rows, m.get("lstmgru.results.note"));
    }

    /** The baseline with the best test score on the comparison's metric: "persistence (last value) 16.53". */
    private static String bestBaseline(Comparison c, Phrases p) {
        double best = bestBaselineValue(c);
        return Double.isFinite(best)
                ? bestBaselineName(c) + " "
                        + p.plain(best, c.metric(), c.experiment().dataset())
                : NumberText.NONE;
    }

    /** The name of the baseline with the best test score on the comparison's metric. */
    static String bestBaselineName(Comparison c) {
        double best = bestBaselineValue(c);
        return c.lstm().baselines().entrySet().stream()
                .filter(b -> Double.valueOf(best).equals(b.getValue().get(c.metric())))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElse(NumberText.NONE);
    }

    /** The best baseline's score on a comparison's metric, NaN when none was scored. */
    static double bestBaselineValue(Comparison c) {
        boolean lower = Metrics.lowerIsBetter(c.metric());
        return c.lstm().baselines().values().stream()
                .map(v -> v.get(c.metric()))
                .filter(v -> v != null && Double.isFinite(v))
                .reduce((a, b) -> lower ? Math.min(a, b) : Math.max(a, b))
                .orElse(Double.NaN);
    }
}
