package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.chart.Axes;
import edu.rnnlab.report.chart.Line;
import edu.rnnlab.report.chart.LineChart;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The textbook replication ({@code protocol: textbook}): our training perplexity of each model beside
 * the figure "Dive into Deep Learning" published for it ({@link TextbookReference}, labelled as
 * quoted), with the count baselines scored on the same training text, a training-perplexity curve and
 * the generated text. The published rows join the table only when our runs read the book's own text
 * (same sha256); otherwise they are quoted in a sentence that says the texts differ.
 */
final class TextbookCheck {

    private static final String PERPLEXITY = Metric.PERPLEXITY.key();

    private TextbookCheck() {}

    static Block of(ExperimentRuns e, TextbookReference ref, ReportContext ctx) {
        Messages m = ctx.msg();
        Table setup = SetupTable.of(e, ctx); // numbered first: it is printed first
        boolean sameText = !e.runs().isEmpty() && e.runs().stream().allMatch(r -> readsBookText(r, ref));
        String source = CourseReference.text(ref.source(), ctx.lang());
        List<List<Cell>> rows = new ArrayList<>();
        List<String> observations = new ArrayList<>();
        List<Line> curves = new ArrayList<>();
        Palette palette = new Palette(e.groups());
        for (ModelGroup g : e.groups()) {
            rows.add(List.of(
                    Cell.plain(m.get("textbook.ours", g.completed().size())),
                    Cell.plain(g.label()),
                    Cell.num(Integer.toString(g.model().hidden())),
                    Cell.num(NumberText.epoch(g.epochsRun().mean())),
                    Cell.num(NumberText.meanStd(g.test(PERPLEXITY))),
                    Cell.num(NumberText.sig(g.timing().perSecond(), 3) + " " + m.get("textbook.cpu"))));
            // The per-epoch scores of the textbook protocol are on its "test" split, the training text.
            curves.add(ExperimentCharts.line(g, palette, g.label(), g.curve("test", PERPLEXITY), false));
            for (TextbookReference.Model r : ref.models()) {
                if (!r.matches(g.model().cell().name(), g.model().impl().name())) {
                    continue;
                }
                observations.add(m.get(
                        sameText ? "obs.textbook" : "obs.textbook.unlike",
                        g.label(),
                        NumberText.meanStd(g.test(PERPLEXITY)),
                        NumberText.epoch(g.epochsRun().mean()),
                        published(r),
                        ref.setup().epochs(),
                        r.section()));
                if (sameText) {
                    rows.add(bookRow(r, ref, source, m));
                }
            }
        }
        e.groups().stream().filter(g -> !g.baselines().isEmpty()).findFirst().ifPresent(g -> g.baselines()
                .forEach((name, values) -> rows.add(List.of(
                        Cell.plain(m.get("textbook.same_text")),
                        Cell.plain(m.get("results.baseline", name)),
                        Cell.plain(NumberText.NONE),
                        Cell.plain(NumberText.NONE),
                        Cell.num(NumberText.value(values.getOrDefault(PERPLEXITY, Double.NaN))),
                        Cell.plain(NumberText.NONE)))));
        List<String> paragraphs =
                new ArrayList<>(List.of(m.get("textbook.intro", ref.setup().epochs())));
        if (!sameText) {
            List<String> published = new ArrayList<>();
            ref.models().forEach(r -> published.add(modelName(r, m) + ": " + published(r)));
            paragraphs.add(m.get("textbook.unlike", String.join("; ", published)));
        }
        List<String> headers = List.of(
                m.get("course.source"),
                m.get("results.model"),
                m.get("textbook.hidden"),
                m.get("textbook.epochs"),
                m.get("textbook.perplexity"),
                m.get("textbook.speed"));
        List<Table> tables = List.of(ctx.numbering()
                .table(m.get("caption.textbook", e.title(ctx.lang())), headers, rows, m.get("textbook.note")));
        List<Figure> figures = new ArrayList<>();
        ctx.numbering().scope(e.item(), e.id()); // chart files are named after the experiment
        if (curves.stream().anyMatch(l -> l.x().length > 0)) {
            Axes axes = new Axes(
                    m.get("chart.textbook.title"),
                    m.get("chart.epoch"),
                    m.get("textbook.perplexity"),
                    false,
                    ExperimentCharts.spansDecades(curves));
            figures.add(ctx.numbering()
                    .figure(
                            LineChart.draw(axes, curves, LineChart.Spread.BAND, true),
                            m.get("caption.textbook.curve", e.title(ctx.lang())),
                            "training-perplexity"));
        }
        return new Block(
                "exp-" + e.id(),
                e.title(ctx.lang()),
                true,
                paragraphs,
                List.of(),
                setup,
                tables,
                figures,
                observations,
                ExperimentBlock.samples(e, m),
                List.of());
    }

    private static List<Cell> bookRow(TextbookReference.Model r, TextbookReference ref, String source, Messages m) {
        return List.of(
                Cell.plain(source),
                Cell.plain(modelName(r, m)),
                Cell.num(Integer.toString(r.hidden())),
                Cell.num(Integer.toString(ref.setup().epochs())),
                Cell.num(published(r)),
                Cell.num(NumberText.sig(r.tokensPerSecond(), 3) + " " + m.get("textbook.gpu")));
    }

    private static String modelName(TextbookReference.Model r, Messages m) {
        return m.get("textbook.model", m.get("cell." + r.cellKey()), m.get("impl." + r.implKey()), r.section());
    }

    /** A published perplexity as the book prints it, with one decimal ("1.0"), not padded to our precision. */
    private static String published(TextbookReference.Model r) {
        return String.format(Locale.ROOT, "%.1f", r.perplexity());
    }

    /** Whether a run read the book's text: one data file, with the book's sha256 (bundled or the user's copy). */
    private static boolean readsBookText(ArchivedRun r, TextbookReference ref) {
        if (r.provenance().data() == null) {
            return false;
        }
        List<DataFile> files = r.provenance().data().files();
        return files.size() == 1 && files.get(0).sha256().equalsIgnoreCase(ref.textSha256());
    }
}
