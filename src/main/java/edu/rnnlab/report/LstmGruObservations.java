package edu.rnnlab.report;

import edu.rnnlab.report.LstmGruDesign.Arm;
import edu.rnnlab.report.LstmGruDesign.Comparison;
import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.SeedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Item 7's conclusion, derived from the numbers: the effect GRU - LSTM per arm and dataset with its 95 %
 * CI and paired test ("no significant difference" when the test finds none), the parameter counts of the
 * arms, how the cells stand against the best baseline, and the verdict over all comparisons.
 */
final class LstmGruObservations {

    private LstmGruObservations() {}

    static List<String> of(LstmGruDesign design, Messages m) {
        Phrases p = new Phrases(m);
        List<String> out = new ArrayList<>();
        for (Comparison c : design.comparisons()) {
            out.add(effect(c, m));
            if (c.arm() == Arm.EQUAL_SIZE) {
                out.add(m.get(
                        "lstmgru.obs.speed",
                        LstmGruSection.dataset(m, c.experiment().dataset()),
                        p.speed(c.gru().timing(), c.lstm().timing()),
                        p.seconds(c.gru().timing()),
                        p.seconds(c.lstm().timing())));
            }
        }
        design.comparisons().stream()
                .filter(c -> c.arm() == Arm.EQUAL_BUDGET)
                .findFirst()
                .ifPresent(c -> out.add(m.get(
                        "lstmgru.obs.parameters",
                        c.gru().label(),
                        NumberText.count(c.gru().parameters()),
                        c.lstm().label(),
                        NumberText.count(c.lstm().parameters()),
                        NumberText.sig(
                                100.0
                                        * (c.gru().parameters() - c.lstm().parameters())
                                        / c.lstm().parameters(),
                                2))));
        for (ExperimentRuns e : design.experiments()) {
            design.comparisons().stream()
                    .filter(c -> c.experiment() == e)
                    .findFirst()
                    .ifPresent(c -> {
                        baseline(design, c, m).ifPresent(out::add);
                        stillImproving(design, c, m).ifPresent(out::add);
                    });
        }
        out.add(conclusion(design, m));
        return out;
    }

    /** The summary-table verdict: each arm's effect with its CI, then the conclusion. */
    static String verdict(LstmGruDesign design, Messages m) {
        List<String> parts = new ArrayList<>();
        for (Comparison c : design.comparisons()) {
            parts.add(m.get(
                    "lstmgru.verdict.part",
                    LstmGruSection.dataset(m, c.experiment().dataset()),
                    LstmGruSection.arm(m, c.arm()),
                    signed(c, c.effect().difference(), m),
                    interval(c),
                    finding(c, m)));
        }
        String metric = Metrics.label(m, design.comparisons().get(0).metric());
        return m.get("lstmgru.verdict", metric, String.join("; ", parts)) + " " + conclusion(design, m);
    }

    private static String effect(Comparison c, Messages m) {
        SeedTest t = c.effect();
        return m.get(
                "lstmgru.obs.effect",
                LstmGruSection.dataset(m, c.experiment().dataset()),
                LstmGruSection.arm(m, c.arm()),
                Metrics.label(m, c.metric()),
                signed(c, t.difference(), m),
                NumberText.signed(c.relative(t.difference()), 2),
                new Phrases(m).test(t),
                finding(c, m));
    }

    /** "no significant difference", "the GRU is better", "the LSTM is better" or "not testable". */
    static String finding(Comparison c, Messages m) {
        Difference d = Difference.of(c.effect(), Metrics.lowerIsBetter(c.metric()));
        return m.get("lstmgru.finding." + d.name().toLowerCase(Locale.ROOT));
    }

    /** "-0.12 °C": a signed difference with the metric's unit on this dataset. */
    private static String signed(Comparison c, double v, Messages m) {
        String unit = Metrics.unit(m, c.metric(), c.experiment().dataset());
        return NumberText.signed(v, 2) + (unit.isEmpty() ? "" : "%".equals(unit) ? " %" : " " + unit);
    }

    private static String interval(Comparison c) {
        SeedTest t = c.effect();
        return t.tested()
                ? "[" + NumberText.signed(t.low(), 2) + ", " + NumberText.signed(t.high(), 2) + "]"
                : NumberText.NONE;
    }

    /** Whether every model of the comparison's dataset beat the best baseline on mean test score, and which did not. */
    private static Optional<String> baseline(LstmGruDesign design, Comparison c, Messages m) {
        double best = LstmGruSection.bestBaselineValue(c);
        if (!Double.isFinite(best)) {
            return Optional.empty();
        }
        boolean lower = Metrics.lowerIsBetter(c.metric());
        List<ModelGroup> models = new ArrayList<>(List.of(c.lstm()));
        design.comparisons().stream()
                .filter(x -> x.experiment() == c.experiment())
                .forEach(x -> models.add(x.gru()));
        List<String> behind = models.stream()
                .filter(g -> {
                    double v = g.test(c.metric()).mean();
                    return !(lower ? v < best : v > best);
                })
                .map(ModelGroup::label)
                .toList();
        return Optional.of(m.get(
                behind.isEmpty()
                        ? "lstmgru.obs.baseline.beaten"
                        : behind.size() == models.size() ? "lstmgru.obs.baseline.none" : "lstmgru.obs.baseline.not",
                LstmGruSection.dataset(m, c.experiment().dataset()),
                Metrics.label(m, c.metric()),
                new Phrases(m).plain(best, c.metric(), c.experiment().dataset()),
                behind.isEmpty() ? LstmGruSection.bestBaselineName(c) : String.join(", ", behind),
                LstmGruSection.bestBaselineName(c)));
    }

    /**
     * A warning when the slowest model of a dataset came within 1 % of its best only in the last epoch or
     * two: it was still improving, so the effect holds for this training budget, not at convergence.
     */
    private static Optional<String> stillImproving(LstmGruDesign design, Comparison c, Messages m) {
        int epochs = c.lstm().runs().get(0).spec().train().epochs();
        double slowest = design.comparisons().stream()
                .filter(x -> x.experiment() == c.experiment())
                .flatMap(x -> java.util.stream.Stream.of(x.lstm(), x.gru()))
                .mapToDouble(g -> g.epochsToWithinOnePercent(c.metric()).mean())
                .filter(Double::isFinite)
                .max()
                .orElse(Double.NaN);
        if (!(epochs > 2 && slowest >= epochs - 1)) {
            return Optional.empty();
        }
        return Optional.of(m.get(
                "lstmgru.obs.improving",
                LstmGruSection.dataset(m, c.experiment().dataset()),
                NumberText.sig(slowest, 2),
                epochs));
    }

    private static String conclusion(LstmGruDesign design, Messages m) {
        int gru = 0;
        int lstm = 0;
        int tie = 0;
        for (Comparison c : design.comparisons()) {
            switch (Difference.of(c.effect(), Metrics.lowerIsBetter(c.metric()))) {
                case FIRST_BETTER -> gru++;
                case SECOND_BETTER -> lstm++;
                case TIE -> tie++;
                case NO_TEST -> {}
            }
        }
        int n = design.comparisons().size();
        if (tie == n) {
            return m.get("lstmgru.conclusion.none", n);
        }
        return m.get("lstmgru.conclusion", n, gru, lstm, tie, n - gru - lstm - tie);
    }
}
