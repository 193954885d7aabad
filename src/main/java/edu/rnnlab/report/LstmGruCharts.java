package edu.rnnlab.report;

import edu.rnnlab.report.LstmGruDesign.Arm;
import edu.rnnlab.report.LstmGruDesign.Comparison;
import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.BarChart;
import edu.rnnlab.report.chart.Bars;
import edu.rnnlab.report.chart.ForestChart;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.view.Figure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Item 7's two design charts, neither a repeat of the per-experiment curves: the effect GRU - LSTM of
 * every arm and dataset as a percentage of the LSTM's score with its 95 % CI (a forest plot: a bar that
 * crosses zero is no significant difference), and the epochs each model needed to come within 1 % of its
 * best validation score.
 */
final class LstmGruCharts {

    private LstmGruCharts() {}

    static List<Figure> of(LstmGruDesign design, ReportContext ctx) {
        return List.of(effects(design, ctx), convergence(design, ctx));
    }

    private static Figure effects(LstmGruDesign design, ReportContext ctx) {
        Messages m = ctx.msg();
        List<ForestChart.Row> rows = new ArrayList<>();
        List<Comparison> all = design.comparisons();
        for (Comparison c : all) {
            SeedTest t = c.effect();
            rows.add(new ForestChart.Row(
                    LstmGruSection.dataset(m, c.experiment().dataset()) + " \u00b7 " + LstmGruSection.arm(m, c.arm()),
                    "gru",
                    c.arm().ordinal(),
                    c.relative(t.difference()),
                    t.tested() ? c.relative(t.low()) : Double.NaN,
                    t.tested() ? c.relative(t.high()) : Double.NaN));
        }
        Axes axes = new Axes(
                m.get("lstmgru.chart.effect.title"),
                m.get("lstmgru.chart.effect.y", Metrics.label(m, all.get(0).metric())),
                "",
                false,
                false);
        return ctx.numbering()
                .figure(
                        ForestChart.draw(axes, rows, m.get("lstmgru.chart.zero")),
                        m.get(
                                "charts.caption.effect",
                                Metrics.label(m, all.get(0).metric())),
                        "lstm-gru",
                        "effect");
    }

    private static Figure convergence(LstmGruDesign design, ReportContext ctx) {
        Messages m = ctx.msg();
        List<ExperimentRuns> experiments = design.experiments();
        List<String> categories = experiments.stream()
                .map(e -> LstmGruSection.dataset(m, e.dataset()))
                .toList();
        List<Bars> bars = new ArrayList<>();
        bars.add(series(design, m.get("lstmgru.chart.lstm"), "lstm", 0, e -> anyArm(design, e)
                .map(Comparison::lstm)));
        for (Arm arm : Arm.values()) {
            bars.add(series(
                    design,
                    m.get("lstmgru.chart.gru", LstmGruSection.arm(m, arm)),
                    "gru",
                    arm.ordinal(),
                    e -> design.get(e, arm).map(Comparison::gru)));
        }
        Axes axes = new Axes(
                m.get("charts.epochs.title"), m.get("lstmgru.col.dataset"), m.get("charts.epochs.y"), false, false);
        return ctx.numbering()
                .figure(
                        BarChart.draw(axes, categories, bars, false),
                        m.get("caption.lstmgru.epochs"),
                        "lstm-gru",
                        "epochs");
    }

    private static Bars series(
            LstmGruDesign design,
            String name,
            String family,
            int shade,
            Function<ExperimentRuns, Optional<ModelGroup>> group) {
        List<ExperimentRuns> experiments = design.experiments();
        double[] values = new double[experiments.size()];
        double[] errors = new double[experiments.size()];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < experiments.size(); i++) {
            ExperimentRuns e = experiments.get(i);
            Optional<Estimate> est = group.apply(e).map(g -> g.epochsToWithinOnePercent(e.primaryMetric()));
            if (est.isPresent() && est.get().present()) {
                values[i] = est.get().mean();
                errors[i] = est.get().hasSpread() ? est.get().std() : 0;
            }
        }
        return new Bars(name, family, true, shade, values, errors);
    }

    private static Optional<Comparison> anyArm(LstmGruDesign design, ExperimentRuns e) {
        return design.comparisons().stream().filter(c -> c.experiment() == e).findFirst();
    }
}
