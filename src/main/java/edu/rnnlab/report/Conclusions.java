package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.run.Protocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closing section: the assignment's questions answered across items, one paragraph each, from
 * the same groups, tests and rules as the items' own analyses (so every number is in a table above):
 * accuracy against the trivial baselines, loss behaviour, training time, hand-written against
 * library, what the hyper-parameters did, and LSTM against GRU.
 */
final class Conclusions {

    private Conclusions() {}

    static Section of(List<ExperimentRuns> all, ItemSections items, ReportContext ctx) {
        Messages m = ctx.msg();
        List<ExperimentRuns> main = ItemSections.presented(all, m).stream()
                .filter(e -> !e.courseProtocol() && e.dataset().protocol() != Protocol.TEXTBOOK)
                .filter(e -> !e.unswept().isEmpty())
                .toList();
        List<String> paragraphs = new ArrayList<>();
        paragraph(m, "accuracy", accuracy(main, m)).ifPresent(paragraphs::add);
        paragraph(m, "curves", curves(main, m)).ifPresent(paragraphs::add);
        AllCells.of(all).ifPresent(c -> paragraph(m, "time", AllCellsObservations.speedSentences(c, m))
                .ifPresent(paragraphs::add));
        paragraph(m, "pairs", pairs(main, m)).ifPresent(paragraphs::add);
        paragraph(m, "sweeps", sweeps(ItemSections.ofItem(3, all), m)).ifPresent(paragraphs::add);
        LstmGruDesign design = LstmGruDesign.of(ItemSections.ofItem(7, all));
        if (!design.comparisons().isEmpty()) {
            paragraph(m, "lstmgru", List.of(LstmGruObservations.verdict(design, m)))
                    .ifPresent(paragraphs::add);
        }
        Block block = new Block(
                "conclusions-text",
                m.get("conclusions.block"),
                false,
                paragraphs.isEmpty() ? List.of(m.get("conclusions.none")) : paragraphs,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return new Section(
                "conclusions",
                m.get("conclusions.title"),
                m.get("conclusions.intro"),
                "",
                List.of(),
                List.of(),
                List.of(block));
    }

    /** "<b>Accuracy.</b> sentence sentence ..." as plain text: the lead word, then the sentences. */
    private static Optional<String> paragraph(Messages m, String topic, List<String> sentences) {
        return sentences.isEmpty()
                ? Optional.empty()
                : Optional.of(m.get("conclusions." + topic) + " " + String.join(" ", sentences));
    }

    /** Per task: the model picked on validation, its test score, and the best baseline beside it, tested. */
    private static List<String> accuracy(List<ExperimentRuns> main, Messages m) {
        Phrases p = new Phrases(m);
        List<String> out = new ArrayList<>();
        for (ExperimentRuns e : main) {
            String metric = e.primaryMetric();
            List<ModelGroup> ranked = Observations.ranked(e.unswept(), metric);
            if (ranked.isEmpty()) {
                continue;
            }
            ModelGroup best = ranked.get(0);
            String lead = m.get(
                    "conclusions.accuracy.model",
                    e.title(m.language()),
                    best.label(),
                    Metrics.label(m, metric),
                    new Phrases(m).value(best.test(metric), metric, e.dataset()));
            out.add(lead + againstBaseline(e, best, m, "conclusions.accuracy.").orElse("") + ".");
        }
        return out;
    }

    /**
     * ", better than the best trivial baseline, persistence (0.911 °C)" (tested on the seeds; by the
     * sign alone with one seed), with the message keys under {@code prefix}; empty without a baseline.
     */
    static Optional<String> againstBaseline(ExperimentRuns e, ModelGroup best, Messages m, String prefix) {
        String metric = e.primaryMetric();
        Optional<Map.Entry<String, Double>> found = BestBaseline.of(best.baselines(), metric);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, Double> baseline = found.get();
        SeedTest t = SeedTest.against(Estimate.finite(best.testBySeed(metric).values()), baseline.getValue());
        Difference d = Difference.of(t, Metrics.lowerIsBetter(metric));
        if (d == Difference.NO_TEST) {
            d = Difference.bySign(t.difference(), Metrics.lowerIsBetter(metric));
        }
        return Optional.of(m.get(
                prefix + d.name().toLowerCase(Locale.ROOT),
                baseline.getKey(),
                new Phrases(m).plain(baseline.getValue(), metric, e.dataset()),
                Metrics.label(m, metric),
                t.tested() ? NumberText.p(t.p()) : m.get("conclusions.untested")));
    }

    /**
     * Each swept hyper-parameter's pick per model in one line ("hidden size: RNN 256*, GRU 256*, LSTM
     * 256"), a star where the pick ties with the runner-up on validation; the tests are in item 3. The
     * forecast horizon is the task's, not a model setting: item 3 reports it.
     */
    private static List<String> sweeps(List<ExperimentRuns> studies, Messages m) {
        List<String> out = new ArrayList<>();
        boolean tie = false;
        for (ExperimentRuns e : studies) {
            for (String key : e.sweepKeys()) {
                if (HorizonStudy.KEY.equals(key)) {
                    continue;
                }
                List<String> picks = new ArrayList<>();
                for (String label : SweepPick.labels(e, key)) {
                    SweepPick pick = SweepPick.of(e, key, label);
                    if (pick.hasPick()) {
                        boolean tied = pick.onValidation().tested()
                                && !pick.onValidation().significant();
                        tie |= tied;
                        picks.add(label + " " + pick.value(pick.picked()) + (tied ? "*" : ""));
                    }
                }
                if (!picks.isEmpty()) {
                    out.add(m.get("conclusions.sweeps.key", m.getOr("sweep." + key, key), String.join(", ", picks)));
                }
            }
        }
        if (tie) {
            out.add(m.get("conclusions.sweeps.tie"));
        }
        return out;
    }

    /** How many trained settings overfit, were still improving, or levelled off, and where. */
    private static List<String> curves(List<ExperimentRuns> main, Messages m) {
        Map<CurveReading.Kind, List<String>> by = new EnumMap<>(CurveReading.Kind.class);
        for (ExperimentRuns e : main) {
            for (ModelGroup g : e.unswept()) {
                by.computeIfAbsent(CurveReading.of(g).kind(), k -> new ArrayList<>())
                        .add(g.label() + " (" + e.title(m.language()) + ")");
            }
        }
        by.remove(CurveReading.Kind.UNKNOWN);
        int total = by.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(m.get(
                "conclusions.curves.counts",
                total,
                by.getOrDefault(CurveReading.Kind.IMPROVING, List.of()).size(),
                by.getOrDefault(CurveReading.Kind.LEVELLED, List.of()).size(),
                by.getOrDefault(CurveReading.Kind.OVERFITTING, List.of()).size()));
        List<String> overfit = by.getOrDefault(CurveReading.Kind.OVERFITTING, List.of());
        out.add(
                overfit.isEmpty()
                        ? m.get("conclusions.curves.no_overfit")
                        : m.get("conclusions.curves.overfit", String.join("; ", overfit)));
        if (!by.getOrDefault(CurveReading.Kind.IMPROVING, List.of()).isEmpty()) {
            out.add(m.get("conclusions.curves.improving"));
        }
        return out;
    }

    /** Hand-written against library over every cell and task that has both: ties counted, largest gap. */
    private static List<String> pairs(List<ExperimentRuns> main, Messages m) {
        int pairs = 0;
        int ties = 0;
        int untested = 0;
        double largest = 0;
        for (ExperimentRuns e : main) {
            String metric = e.primaryMetric();
            for (Twin twin : Twin.of(e.unswept())) {
                SeedTest t = twin.library().testAgainst(twin.scratch(), metric);
                if (!Double.isFinite(t.difference())) {
                    continue;
                }
                pairs++;
                Difference d = Difference.of(t, Metrics.lowerIsBetter(metric));
                ties += d == Difference.TIE ? 1 : 0;
                untested += d == Difference.NO_TEST ? 1 : 0;
                double scale = Math.abs(twin.scratch().test(metric).mean());
                largest = Math.max(largest, scale > 0 ? Math.abs(t.difference()) / scale : 0);
            }
        }
        return pairs == 0
                ? List.of()
                : List.of(m.get(
                        "conclusions.pairs.value",
                        pairs,
                        ties,
                        untested,
                        pairs - ties - untested,
                        NumberText.sig(100 * largest, 2)));
    }
}
