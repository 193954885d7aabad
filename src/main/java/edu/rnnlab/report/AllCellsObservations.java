package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences under the six-cell comparison, each checkable against its table: the most and
 * least accurate cell (judged with a t-test on the seeds, as every verdict), how many cells are not
 * significantly worse than the best, the hand-written/library speed per cell (only beyond the
 * epoch-time ranges), and the fastest and slowest cell.
 */
final class AllCellsObservations {

    private AllCellsObservations() {}

    static List<String> of(AllCells.Comparison c, Messages m) {
        Phrases p = new Phrases(m);
        String metric = c.reference().primaryMetric();
        List<String> out = new ArrayList<>();
        List<AllCells.Entry> ranked = ranked(c, metric);
        if (ranked.isEmpty()) {
            return out;
        }
        AllCells.Entry best = ranked.get(0);
        Estimate b = best.group().test(metric);
        if (ranked.size() == 1) {
            out.add(m.get(
                    "cells.obs.single",
                    AllCells.name(best, m),
                    Metrics.label(m, metric),
                    p.value(b, metric, c.dataset())));
        } else {
            AllCells.Entry worst = ranked.get(ranked.size() - 1);
            Estimate w = worst.group().test(metric);
            out.add(m.get(
                    "cells.obs.best",
                    ranked.size(),
                    AllCells.name(best, m),
                    Metrics.label(m, metric),
                    p.value(b, metric, c.dataset()),
                    AllCells.name(worst, m),
                    p.value(w, metric, c.dataset()),
                    p.verdict(worst.group().testAgainst(best.group(), metric), metric)));
            int within = 0;
            int worse = 0;
            int unknown = 0;
            for (AllCells.Entry x : ranked.subList(1, ranked.size())) {
                // The same rule as every other verdict: a t-test on the seeds (paired when they match).
                switch (Difference.of(x.group().testAgainst(best.group(), metric), Metrics.lowerIsBetter(metric))) {
                    case TIE, FIRST_BETTER -> within++;
                    case NO_TEST -> unknown++;
                    default -> worse++;
                }
            }
            out.add(m.get("cells.obs.noise", AllCells.name(best, m), within, worse, unknown, ranked.size() - 1));
        }
        speedRatios(c, p, m).ifPresent(out::add);
        fastest(c, p, m).ifPresent(out::add);
        return out;
    }

    /** The speed sentences alone (hand-written against library per cell; fastest and slowest), for the conclusions. */
    static List<String> speedSentences(AllCells.Comparison c, Messages m) {
        Phrases p = new Phrases(m);
        List<String> out = new ArrayList<>();
        speedRatios(c, p, m).ifPresent(out::add);
        fastest(c, p, m).ifPresent(out::add);
        return out;
    }

    /** The fastest and the slowest cell per epoch, when at least two were timed. */
    private static Optional<String> fastest(AllCells.Comparison c, Phrases p, Messages m) {
        List<AllCells.Entry> timed = c.entries().stream()
                .filter(x -> x.group().timing().present())
                .sorted(Comparator.comparingDouble(x -> x.group().timing().median()))
                .toList();
        if (timed.size() < 2) {
            return Optional.empty();
        }
        AllCells.Entry fast = timed.get(0);
        AllCells.Entry slow = timed.get(timed.size() - 1);
        return Optional.of(m.get(
                "cells.obs.fastest",
                AllCells.name(fast, m),
                p.seconds(fast.group().timing()),
                AllCells.name(slow, m),
                p.seconds(slow.group().timing()),
                p.speed(fast.group().timing(), slow.group().timing())));
    }

    /** A one-line verdict for the summary table, or empty when there is nothing to compare. */
    static Optional<String> verdict(AllCells.Comparison c, Messages m) {
        String metric = c.reference().primaryMetric();
        List<AllCells.Entry> ranked = ranked(c, metric);
        if (ranked.size() < 2) {
            return Optional.empty();
        }
        Optional<String> speed = speedRatios(c, new Phrases(m), m);
        String best = m.get(
                "cells.verdict",
                ranked.size(),
                AllCells.name(ranked.get(0), m),
                Metrics.label(m, metric),
                new Phrases(m)
                        .verdict(
                                ranked.get(ranked.size() - 1)
                                        .group()
                                        .testAgainst(ranked.get(0).group(), metric),
                                metric));
        return Optional.of(speed.map(s -> best + " " + s).orElse(best));
    }

    /** Entries with a test score, best first on validation: the ranking rule of the whole report. */
    static List<AllCells.Entry> ranked(AllCells.Comparison c, String metric) {
        List<ModelGroup> order = Observations.ranked(
                c.entries().stream().map(AllCells.Entry::group).toList(), metric);
        return order.stream()
                .map(g -> c.entries().stream()
                        .filter(x -> x.group() == g)
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    /** "Per training epoch, each hand-written cell against the library one: RNN 2.8× slower, ...". */
    private static Optional<String> speedRatios(AllCells.Comparison c, Phrases p, Messages m) {
        List<String> parts = new ArrayList<>();
        for (CellType cell : CellType.values()) {
            Optional<AllCells.Entry> s = c.get(cell, Implementation.SCRATCH);
            Optional<AllCells.Entry> l = c.get(cell, Implementation.LIBRARY);
            if (s.isPresent() && l.isPresent()) {
                parts.add(m.get("cell." + cell.name().toLowerCase(Locale.ROOT)) + " "
                        + p.speed(s.get().group().timing(), l.get().group().timing()));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(m.get("cells.obs.speed", String.join(", ", parts)));
    }
}
