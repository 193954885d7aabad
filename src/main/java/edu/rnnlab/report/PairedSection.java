package edu.rnnlab.report;

import edu.rnnlab.run.CellType;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item 7's controlled comparison: LSTM and GRU trained with the same seeds, compared seed by seed
 * (mean difference ± std, paired t, how often LSTM won) and by speed. One pair per implementation
 * (and sweep setting) that has both cells.
 */
final class PairedSection {

    /** An LSTM group, its GRU counterpart, and their comparison over the shared seeds. */
    record Pair(ModelGroup lstm, ModelGroup gru, PairedComparison comparison) {}

    private PairedSection() {}

    /** Every LSTM/GRU pair of the experiment (pure: no tables numbered, no files written). */
    static List<Pair> pairs(ExperimentRuns e) {
        String metric = e.primaryMetric();
        List<Pair> out = new ArrayList<>();
        for (ModelGroup lstm : e.groups()) {
            if (lstm.model().cell() != CellType.LSTM) {
                continue;
            }
            Optional<ModelGroup> gru = e.groups().stream().filter(g -> g.model().cell() == CellType.GRU
                    && g.model().impl() == lstm.model().impl() && g.sweep().equals(lstm.sweep())).findFirst();
            if (gru.isPresent()) {
                Map<Long, Double> a = lstm.testBySeed(metric);
                Map<Long, Double> b = gru.get().testBySeed(metric);
                List<Long> seeds = a.keySet().stream().filter(b::containsKey).toList();
                out.add(new Pair(lstm, gru.get(), PairedComparison.of(seeds.stream().mapToDouble(a::get).toArray(),
                        seeds.stream().mapToDouble(b::get).toArray(), Metrics.lowerIsBetter(metric))));
            }
        }
        return out;
    }

    /** The one-line verdict of a pair, for the summary table. */
    static String verdict(Pair pair, String metric, Messages m) {
        PairedComparison c = pair.comparison();
        String key = c.n() < 2 ? "verdict.paired.few" : c.significant() ? "verdict.paired.sig" : "verdict.paired.nosig";
        return m.get(key, Metrics.label(m, metric), NumberText.meanStd(c.difference()), c.n(), pair.gru().label(),
                new Phrases(m).speed(pair.gru().secondsPerEpoch().mean(), pair.lstm().secondsPerEpoch().mean()),
                pair.lstm().label());
    }

    /** The sentences stating a pair's result. */
    static List<String> observations(Pair pair, String metric, Messages m) {
        PairedComparison c = pair.comparison();
        String t = Double.isFinite(c.t()) ? NumberText.sig(c.t(), 3) : NumberText.NONE;
        return List.of(
                m.get("obs.paired", c.n(), pair.lstm().label(), pair.gru().label(), Metrics.label(m, metric),
                        NumberText.meanStd(c.difference()), t, Math.max(0, c.n() - 1), c.firstBetter()),
                c.n() < 2 ? m.get("obs.paired.few")
                        : m.get(c.significant() ? "obs.paired.sig" : "obs.paired.nosig", critical(c)),
                m.get("obs.paired.speed", pair.gru().label(),
                        new Phrases(m).speed(pair.gru().secondsPerEpoch().mean(), pair.lstm().secondsPerEpoch().mean()),
                        pair.lstm().label()));
    }

    /** The paired comparison table, or empty when the experiment has no LSTM/GRU pair. */
    static Optional<Table> table(ExperimentRuns e, List<Pair> pairs, ReportContext ctx) {
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        List<List<Cell>> rows = new ArrayList<>();
        for (Pair pair : pairs) {
            PairedComparison c = pair.comparison();
            String sig = c.n() < 2 ? m.get("paired.too_few") : m.get(c.significant() ? "paired.yes" : "paired.no");
            rows.add(List.of(Cell.plain(pair.lstm().label() + " \u2212 " + pair.gru().label()),
                    Cell.num(String.valueOf(c.n())), Cell.num(NumberText.meanStd(c.difference())),
                    Cell.num(Double.isFinite(c.t()) ? NumberText.sig(c.t(), 3) : NumberText.NONE),
                    Cell.num(critical(c)), Cell.num(c.firstBetter() + "/" + c.n()), Cell.plain(sig),
                    Cell.num(p.seconds(pair.lstm().secondsPerEpoch()) + " / " + p.seconds(pair.gru().secondsPerEpoch()))));
        }
        List<String> headers = List.of(m.get("paired.pair"), m.get("paired.n"),
                m.get("paired.diff", Metrics.header(m, e.primaryMetric(), e.dataset())), m.get("paired.t"),
                m.get("paired.critical"), m.get("paired.wins"), m.get("paired.significant"), m.get("paired.seconds"));
        return Optional.of(ctx.numbering().table(m.get("caption.paired", e.title(ctx.lang())), headers, rows,
                m.get("paired.note")));
    }

    private static String critical(PairedComparison c) {
        return c.n() > 1 ? NumberText.sig(PairedComparison.critical(c.n() - 1), 3) : NumberText.NONE;
    }
}
