package edu.rnnlab.report;

import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Item 2's sub-section "Reproducing the teacher's worked example": the course's published figures
 * (quoted from {@code course-reference.yaml}, labelled as not measured) next to our runs under the
 * course protocol, which, like the teacher, selects the best test epoch and is therefore optimistic.
 */
final class CourseCheck {

    private static final List<String> METRICS = List.of("rmse", "mae", "mape");

    private CourseCheck() {}

    static Block of(List<ExperimentRuns> courseRuns, CourseReference ref, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        DatasetSpec dataset = courseRuns.isEmpty() ? DatasetSpec.of(DatasetKind.AIRQUALITY) : courseRuns.get(0).dataset();
        List<String> headers = new ArrayList<>(List.of(m.get("course.source"), m.get("results.model")));
        METRICS.forEach(k -> headers.add(Metrics.header(m, k, dataset)));
        headers.addAll(List.of(m.get("course.setup"), m.get("course.selection")));
        List<List<Cell>> rows = new ArrayList<>();
        String source = CourseReference.text(ref.source(), ctx.lang());
        String refSetup = m.get("course.setup.value", ref.setup().epochs(), ref.setup().hidden(),
                m.get("optimizer." + ref.setup().optimizer()), SweepValues.text(ref.setup().lr()), ref.setup().batch());
        for (CourseReference.Model r : ref.models()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(source), Cell.plain(modelName(m, r.cell(), r.impl()))));
            METRICS.forEach(k -> row.add(Cell.num(NumberText.value(r.metric(k)))));
            row.addAll(List.of(Cell.plain(refSetup), Cell.plain(CourseReference.text(ref.setup().selection(), ctx.lang()))));
            rows.add(row);
        }
        List<String> observations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (ExperimentRuns e : courseRuns) {
            for (ModelGroup g : e.groups()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.plain(m.get("course.ours", g.completed().size())),
                        Cell.plain(g.label())));
                METRICS.forEach(k -> row.add(Cell.num(NumberText.meanStd(g.test(k)))));
                String selection = g.runs().get(0).summary().selection();
                row.addAll(List.of(Cell.plain(SetupTable.training(m, g.runs().get(0).spec().train())),
                        Cell.plain(selection == null ? NumberText.NONE : selection)));
                rows.add(row);
                ref.models().stream().filter(r -> matches(r, g)).findFirst().ifPresent(r -> observations.add(
                        m.get("obs.course", g.label(), p.value(g.test("rmse"), "rmse", dataset),
                                p.plain(r.rmse(), "rmse", dataset),
                                NumberText.signed(g.test("rmse").mean() - r.rmse(), 2),
                                p.value(g.test("mape"), "mape", dataset), p.plain(r.mape(), "mape", dataset))));
            }
            figures.addAll(ExperimentCharts.of(e, e.groups(), ctx));
            TaskCharts.predictions(e, e.groups(), ctx).ifPresent(figures::add);
        }
        Table table = ctx.numbering().table(m.get("caption.course"), headers, rows, m.get("course.note"));
        List<String> paragraphs = new ArrayList<>(List.of(m.get("course.intro",
                CourseReference.text(ref.task().description(), ctx.lang()))));
        paragraphs.add(courseRuns.isEmpty() ? m.get("course.not_run") : m.get("course.optimistic"));
        return new Block("course-check", m.get("course.heading"), true, paragraphs, null, List.of(table), figures,
                observations, List.of(), List.of());
    }

    private static boolean matches(CourseReference.Model r, ModelGroup g) {
        return r.cell().equalsIgnoreCase(g.model().cell().name()) && r.impl().equalsIgnoreCase(g.model().impl().name());
    }

    private static String modelName(Messages m, String cell, String impl) {
        return m.get("course.model", m.get("cell." + cell.toLowerCase(Locale.ROOT)),
                m.get("impl." + impl.toLowerCase(Locale.ROOT)));
    }
}
