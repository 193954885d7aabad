package edu.rnnlab.report;

import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.CellType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item 7's controlled comparison: LSTM and GRU trained with the same seeds, compared seed by seed
 * (paired t-test from commons-statistics: mean difference, its 95 % CI, exact p-value, how often
 * LSTM won; Welch's test if the seed lists differ) and by speed (median and range per epoch). One
 * pair per implementation (and sweep setting) that has both cells.
 */
final class PairedSection {

    /** An LSTM group, its GRU counterpart, their test and in how many shared seeds LSTM was better. */
    record Pair(ModelGroup lstm, ModelGroup gru, SeedTest test, int lstmBetter) {}

    private PairedSection() {}

    /** Every LSTM/GRU pair of the experiment (pure: no tables numbered, no files written). */
    static List<Pair> pairs(ExperimentRuns e) {
        String metric = e.primaryMetric();
        List<Pair> out = new ArrayList<>();
        for (ModelGroup lstm : e.groups()) {
            if (lstm.model().cell() != CellType.LSTM) {
                continue;
            }
            Optional<ModelGroup> gru = e.groups().stream()
                    .filter(g -> g.model().cell() == CellType.GRU
                            && g.model().impl() == lstm.model().impl()
                            && g.sweep().equals(lstm.sweep()))
                    .findFirst();
            if (gru.isPresent()) {
                Map<Long, Double> a = lstm.testBySeed(metric);
                Map<Long, Double> b = gru.get().testBySeed(metric);
                int wins = (int) a.keySet().stream()
                        .filter(b::containsKey)
                        .filter(s -> Metrics.lowerIsBetter(metric) ? a.get(s) < b.get(s) : a.get(s) > b.get(s))
                        .count();
                out.add(new Pair(lstm, gru.get(), SeedTest.of(a, b), wins));
            }
        }
        return out;
    }

    /** The one-line verdict of a pair, for the summary table. */
    static String verdict(Pair pair, String metric, Messages m) {
        Phrases p = new Phrases(m);
        return m.get(
                "verdict.paired",
                Metrics.label(m, metric),
                p.verdict(pair.test(), metric),
                pair.gru().label(),
                p.speed(pair.gru().timing(), pair.lstm().timing()),
                pair.lstm().label());
    }

    /** The sentences stating a pair's result. */
    static List<String> observations(Pair pair, String metric, Messages m) {
        Phrases p = new Phrases(m);
        SeedTest t = pair.test();
        return List.of(
                m.get(
                        "obs.paired",
                        pair.lstm().label(),
                        pair.gru().label(),
                        Metrics.label(m, metric),
                        p.verdict(t, metric),
                        pair.lstmBetter(),
                        t.n1()),
                m.get(
                        "obs.paired.speed",
                        pair.gru().label(),
                        p.speed(pair.gru().timing(), pair.lstm().timing()),
                        pair.lstm().label(),
                        p.seconds(pair.gru().timing()),
                        p.seconds(pair.lstm().timing())));
    }

    /** The paired comparison table, or empty when the experiment has no LSTM/GRU pair. */
    static Optional<Table> table(ExperimentRuns e, List<Pair> pairs, ReportContext ctx) {
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        Messages m = ctx.msg();
        List<List<Cell>> rows = new ArrayList<>();
        for (Pair pair : pairs) {
            SeedTest t = pair.test();
            String sig = !t.tested() ? m.get("paired.too_few") : m.get(t.significant() ? "paired.yes" : "paired.no");
            String ci = t.tested()
                    ? "[" + NumberText.sig(t.low(), 2) + ", " + NumberText.sig(t.high(), 2) + "]"
                    : NumberText.NONE;
            rows.add(List.of(
                    Cell.plain(pair.lstm().label() + " \u2212 " + pair.gru().label()),
                    Cell.plain(m.get("paired.kind." + t.kind().name().toLowerCase(java.util.Locale.ROOT))),
                    Cell.num(String.valueOf(t.n1())),
                    Cell.num(NumberText.signed(t.difference(), 2)),
                    Cell.num(ci),
                    Cell.num(Double.isFinite(t.t()) ? NumberText.sig(t.t(), 3) : NumberText.NONE),
                    Cell.num(Double.isFinite(t.df()) ? NumberText.sig(t.df(), 3) : NumberText.NONE),
                    Cell.num(t.tested() ? NumberText.p(t.p()) : NumberText.NONE),
                    Cell.num(pair.lstmBetter() + "/" + t.n1()),
                    Cell.plain(sig),
                    Cell.num(NumberText.timing(pair.lstm().timing()) + " / "
                            + NumberText.timing(pair.gru().timing()))));
        }
        List<String> headers = List.of(
                m.get("paired.pair"),
                m.get("paired.test"),
                m.get("paired.n"),
                m.get("paired.diff", Metrics.header(m, e.primaryMetric(), e.dataset())),
                m.get("paired.ci"),
                m.get("paired.t"),
                m.get("paired.df"),
                m.get("paired.p"),
                m.get("paired.wins"),
                m.get("paired.significant"),
                m.get("paired.seconds"));
        return Optional.of(ctx.numbering()
                .table(m.get("caption.paired", e.title(ctx.lang())), headers, rows, m.get("paired.note")));
    }
}
