package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One experiment as a sub-section: setup, results (models and baselines, then one table per swept
 * key), charts, observations, and generated text for language models.
 */
final class ExperimentBlock {

    private ExperimentBlock() {}

    /**
     * @param base              the setup table of an earlier experiment in the same section, or null: when
     *                          given, this block's setup lists only what differs from it
     * @param extraObservations sentences to add after the generated ones (comparisons across items)
     */
    static Block of(ExperimentRuns e, Table base, ReportContext ctx, List<String> extraObservations) {
        return of(e, base, false, ctx, extraObservations);
    }

    /**
     * @param inDesign the experiment is one dataset of a designed comparison (item 7) whose own block
     *                 compares the models and their speed: this block keeps its results, baselines and
     *                 curves, and leaves the rankings and speeds to the design
     */
    static Block of(ExperimentRuns e, Table base, boolean inDesign, ReportContext ctx, List<String> extraObservations) {
        Messages m = ctx.msg();
        ctx.numbering().scope(e.item(), e.id()); // chart files are named after the experiment
        String title = e.title(ctx.lang());
        // Settings are stated once in the report per data set: a later experiment on the same data (items 5+6
        // after 1+2) lists what differs from the first table; otherwise from its section's first.
        String data = e.dataset().kind() + "|" + e.dataset().feature();
        Table earlier = ctx.numbering().setupOf(data);
        Table setup = SetupTable.of(e, earlier != null ? earlier : base, ctx);
        if (earlier == null && base == null) {
            ctx.numbering().rememberSetup(data, setup);
        }
        List<Table> tables = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<String> observations = new ArrayList<>();
        List<ModelGroup> plain = e.unswept();
        if (!plain.isEmpty()) {
            tables.add(ResultsTable.of(e, plain, null, null, true, m.get("caption.results", title), ctx));
        }
        TranslationSamples.table(e, ctx).ifPresent(tables::add);
        e.sweepKeys().forEach(key -> tables.add(SweepStudy.table(e, key, ctx)));
        // In a designed comparison the forest plot carries the scores; each dataset keeps its loss curves.
        Set<ExperimentCharts.Kind> kinds =
                inDesign ? EnumSet.of(ExperimentCharts.Kind.LOSS) : EnumSet.copyOf(ExperimentCharts.CURVES);
        figures.addAll(ExperimentCharts.of(e, plain, kinds, ctx));
        List<ModelGroup> shown = plain.isEmpty()
                ? Observations.ranked(e.groups(), e.primaryMetric()).stream()
                        .limit(1)
                        .toList()
                : plain;
        // Predicted against true once per series in the report (same data and feature): later ones look alike.
        DatasetSpec d = e.dataset();
        if (Metrics.isRegression(d.kind())
                && SweepStudy.predictionsAddSomething(e)
                && ctx.numbering().firstPicture(d.kind() + "|" + d.feature())) {
            TaskCharts.predictions(e, shown, ctx).ifPresent(figures::add);
        }
        if (e.dataset().kind() == DatasetKind.CHECKIN) {
            TaskCharts.accuracyAtK(e, shown, ctx).ifPresent(figures::add);
        }
        e.sweepKeys().forEach(key -> SweepStudy.figure(e, key, ctx).ifPresent(figures::add));
        if (!plain.isEmpty()) {
            observations.addAll(
                    inDesign ? Observations.againstBaselines(e, plain, ctx) : Observations.experiment(e, plain, ctx));
        }
        e.sweepKeys().forEach(key -> observations.addAll(SweepStudy.observations(e, key, ctx)));
        observations.addAll(extraObservations);
        return new Block(
                "exp-" + e.id(),
                title,
                true,
                failures(e, m),
                List.of(),
                setup,
                tables,
                figures,
                observations,
                samples(e, m),
                List.of());
    }

    /** One line per run that did not complete, with the run's own message (what to try). */
    private static List<String> failures(ExperimentRuns e, Messages m) {
        List<String> out = new ArrayList<>();
        for (ArchivedRun r : e.failed()) {
            String message = r.summary().message() == null ? "" : r.summary().message();
            out.add(m.get(
                    "failure",
                    r.summary().runId(),
                    r.spec().seed(),
                    m.get("status." + r.summary().status().name().toLowerCase(Locale.ROOT)),
                    message));
        }
        return out;
    }

    /** Generated text of language models: one sample per model setting, from its first completed run. */
    static List<String> samples(ExperimentRuns e, Messages m) {
        List<String> out = new ArrayList<>();
        for (ModelGroup g : e.groups()) {
            g.completed().stream()
                    .filter(r -> r.summary().extras().containsKey("generated"))
                    .findFirst()
                    .ifPresent(r -> out.add(m.get("sample", g.label(), r.spec().seed()) + " "
                            + r.summary().extras().get("generated")));
        }
        return out;
    }
}
