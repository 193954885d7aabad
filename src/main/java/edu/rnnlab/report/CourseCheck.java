package edu.rnnlab.report;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Item 2's sub-section "Reproducing the teacher's worked example": our runs under the course
 * protocol (which, like the teacher, selects the best test epoch and is therefore optimistic) with
 * the trivial baselines on the same split beside them. The teacher's published figures (quoted from
 * {@code course-reference.yaml}, labelled as not measured) join the table only when our runs read
 * the real course files; next to built-in generated data they would compare unlike with unlike, so
 * they are then quoted in a sentence that says so.
 */
final class CourseCheck {

    private static final List<String> PUBLISHED = List.of(Metric.RMSE.key(), Metric.MAE.key(), Metric.MAPE.key());

    private CourseCheck() {}

    static Block of(List<ExperimentRuns> courseRuns, CourseReference ref, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        DatasetSpec dataset = courseRuns.isEmpty()
                ? DatasetSpec.of(DatasetKind.AIRQUALITY)
                : courseRuns.get(0).dataset();
        // The columns our runs support (MAPE dropped for a target that reaches zero), else the published ones.
        List<String> metrics = courseRuns.isEmpty()
                ? PUBLISHED
                : courseRuns.get(0).metricColumns().stream()
                        .filter(PUBLISHED::contains)
                        .toList();
        boolean realFiles = !courseRuns.isEmpty() && courseRuns.stream().allMatch(CourseCheck::realFiles);
        List<String> headers = new ArrayList<>(List.of(m.get("course.source"), m.get("results.model")));
        metrics.forEach(k -> headers.add(Metrics.header(m, k, dataset)));
        headers.addAll(List.of(m.get("course.setup"), m.get("course.selection")));
        List<List<Cell>> rows = new ArrayList<>();
        List<String> observations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (ExperimentRuns e : courseRuns) {
            String setup = SetupTable.training(m, e.runs().get(0).spec().train());
            for (ModelGroup g : e.groups()) {
                List<Cell> row = new ArrayList<>(
                        List.of(Cell.plain(m.get("course.ours", g.completed().size())), Cell.plain(g.label())));
                metrics.forEach(k -> row.add(Cell.num(NumberText.meanStd(g.test(k)))));
                String selection = g.runs().get(0).summary().selection();
                row.addAll(List.of(Cell.plain(setup), Cell.plain(selection == null ? NumberText.NONE : selection)));
                rows.add(row);
                if (realFiles) {
                    ref.models().stream()
                            .filter(r -> matches(r, g))
                            .findFirst()
                            .ifPresent(r -> observations.add(m.get(
                                    "obs.course",
                                    g.label(),
                                    p.value(g.test(Metric.RMSE.key()), Metric.RMSE.key(), dataset),
                                    p.plain(r.rmse(), Metric.RMSE.key(), dataset),
                                    NumberText.signed(g.test(Metric.RMSE.key()).mean() - r.rmse(), 2))));
                }
            }
            // Every model against every baseline, one sentence per baseline, as in every other analysis.
            observations.addAll(BaselineReading.sentences(e, e.groups(), m));
            // Persistence and the other baselines on exactly the split our course-protocol runs were scored on.
            e.groups().stream()
                    .filter(g -> !g.baselines().isEmpty())
                    .findFirst()
                    .ifPresent(g -> g.baselines().forEach((name, values) -> {
                        List<Cell> row = new ArrayList<>(List.of(
                                Cell.plain(m.get("course.same_split")), Cell.plain(m.get("results.baseline", name))));
                        metrics.forEach(k -> row.add(Cell.num(NumberText.value(values.getOrDefault(k, Double.NaN)))));
                        row.addAll(List.of(Cell.plain(NumberText.NONE), Cell.plain(NumberText.NONE)));
                        rows.add(row);
                    }));
            ctx.numbering().scope(e.item(), e.id()); // chart files are named after the experiment
            // The loss curves only: score per epoch, time and predicted-vs-true are the section's first block's.
            figures.addAll(ExperimentCharts.of(e, e.groups(), Set.of(ExperimentCharts.Kind.LOSS), ctx));
        }
        String source = CourseReference.text(ref.source(), ctx.lang());
        List<String> published = new ArrayList<>();
        for (CourseReference.Model r : ref.models()) {
            if (realFiles) {
                List<Cell> row =
                        new ArrayList<>(List.of(Cell.plain(source), Cell.plain(modelName(m, r.cell(), r.impl()))));
                metrics.forEach(k -> row.add(Cell.num(NumberText.value(r.metric(k)))));
                row.addAll(List.of(
                        Cell.plain(refSetup(m, ref)),
                        Cell.plain(CourseReference.text(ref.setup().selection(), ctx.lang()))));
                rows.add(row);
            } else {
                published.add(modelName(m, r.cell(), r.impl()) + ": RMSE " + NumberText.value(r.rmse()) + " / MAE "
                        + NumberText.value(r.mae()) + " / MAPE " + NumberText.value(r.mape()) + " %");
            }
        }
        Table table = ctx.numbering()
                .table(
                        m.get(realFiles ? "caption.course" : "caption.course.ours"),
                        headers,
                        rows,
                        m.get("course.note"));
        List<String> paragraphs = new ArrayList<>(
                List.of(m.get("course.intro", CourseReference.text(ref.task().description(), ctx.lang()))));
        paragraphs.add(courseRuns.isEmpty() ? m.get("course.not_run") : m.get("course.optimistic"));
        if (!realFiles) {
            paragraphs.add(m.get("course.unlike", String.join("; ", published), refSetup(m, ref)));
        }
        return new Block(
                "course-check",
                m.get("course.heading"),
                true,
                paragraphs,
                List.of(),
                null,
                List.of(table),
                figures,
                observations,
                List.of(),
                List.of());
    }

    /** Whether a run read the course's own files (the provenance says built-in data was generated). */
    private static boolean realFiles(ExperimentRuns e) {
        return e.runs().stream()
                .allMatch(r ->
                        r.provenance().data() != null && !r.provenance().data().builtIn());
    }

    private static String refSetup(Messages m, CourseReference ref) {
        return m.get(
                "course.setup.value",
                ref.setup().epochs(),
                ref.setup().hidden(),
                m.get("optimizer." + ref.setup().optimizer()),
                SweepValues.text(ref.setup().lr()),
                ref.setup().batch());
    }

    private static boolean matches(CourseReference.Model r, ModelGroup g) {
        return r.cell().equalsIgnoreCase(g.model().cell().name())
                && r.impl().equalsIgnoreCase(g.model().impl().name());
    }

    private static String modelName(Messages m, String cell, String impl) {
        return m.get(
                "course.model",
                m.get("cell." + cell.toLowerCase(Locale.ROOT)),
                m.get("impl." + impl.toLowerCase(Locale.ROOT)));
    }
}
