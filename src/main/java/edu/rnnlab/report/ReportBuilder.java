package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.report.chart.ChartFiles;
import edu.rnnlab.report.render.HtmlRenderer;
import edu.rnnlab.report.render.PdfRenderer;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.ReportView;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.TocEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the assignment report from the run archive alone (it never trains and never reads data
 * files): {@code index.html} (self-contained: CSS and SVG charts inlined), {@code charts/} (SVG and
 * 150-dpi PNG of every figure) and, when asked, {@code report.pdf} (A4, fonts embedded).
 *
 * <pre>{@code
 * ReportResult r = new ReportBuilder(new RunArchive(Path.of("reports/runs")), ReportOptions.defaults())
 *         .build(Path.of("reports/lab4"));
 * }</pre>
 *
 * Lab items without runs are explained in place (and listed in {@link ReportResult#missing()});
 * diverged or interrupted runs are shown with their status and left out of the means.
 */
public final class ReportBuilder {

    private final RunArchive archive;
    private final ReportOptions options;
    private final Set<String> runIds;

    /** A builder reading every run of {@code archive}, rendering as {@code options} say. */
    public ReportBuilder(RunArchive archive, ReportOptions options) {
        this(archive, options, null);
    }

    /**
     * A builder that reports only the runs with the given ids (those the current registry and profile
     * plan), so runs of an older spec or another profile left in the archive do not mix into the means.
     */
    public ReportBuilder(RunArchive archive, ReportOptions options, Set<String> runIds) {
        this.archive = archive;
        this.options = options;
        this.runIds = runIds == null ? null : Set.copyOf(runIds);
    }

    /** Writes the report into {@code outputDir} (created if needed) and says what it wrote. */
    public ReportResult build(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
            Path charts = outputDir.resolve("charts");
            ArchiveScan scan = ArchiveScan.of(archive);
            List<String> notes = new ArrayList<>(options.notes());
            notes.addAll(scan.problems());
            List<ArchivedRun> runs = scan.runs();
            if (runIds != null) {
                runs = runs.stream().filter(r -> runIds.contains(r.summary().runId())).toList();
                int left = scan.runs().size() - runs.size();
                if (left > 0) {
                    notes.add(left + " archived runs of other profiles or older specs were left out of this report.");
                }
                // Partial is partial: planned runs that never finished are counted where the reader sees them.
                Set<String> archived = new java.util.HashSet<>();
                runs.forEach(r -> archived.add(r.summary().runId()));
                long absent = runIds.stream().filter(id -> !archived.contains(id)).count();
                if (absent > 0) {
                    notes.add(absent + " of " + runIds.size() + " planned runs are not in the archive; sections missing"
                            + " them are incomplete (rerun 'rnnlab run' to finish them).");
                }
            }
            ReportOptions effective = new ReportOptions(options.language(), options.html(), options.pdf(),
                    options.student(), options.studentId(), options.course(), options.commandLine(), notes);
            Messages msg = new Messages(effective.language());
            ReportContext ctx = new ReportContext(msg, new Numbering(msg, new ChartFiles(charts)), effective);
            ChartCleaner.clean(charts);
            Built built = view(runs, ctx);
            ReportView view = built.view();
            List<Path> written = new ArrayList<>();
            HtmlRenderer html = new HtmlRenderer();
            if (effective.html()) {
                Path index = outputDir.resolve("index.html");
                Files.writeString(index, html.render(view), StandardCharsets.UTF_8);
                written.add(index);
            }
            if (effective.pdf()) {
                Path pdf = outputDir.resolve("report.pdf");
                new PdfRenderer().render(html.render(view.forPdf(true)), outputDir, pdf);
                written.add(pdf);
            }
            written.addAll(ChartCleaner.list(charts));
            return new ReportResult(written, scan.runs().size(), built.missing());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report into " + outputDir + " (" + e.getMessage() + ")", e);
        }
    }

    /** The prepared view and the items it found missing. */
    private record Built(ReportView view, List<ReportResult.Missing> missing) {}

    private static Built view(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<ExperimentRuns> experiments = ExperimentRuns.of(runs);
        ItemSections items = new ItemSections(experiments, CourseReference.load(), ctx);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("summary", m.get("summary.title"), m.get("summary.intro"), "", ctx.options().notes(),
                List.of(SummaryTable.of(experiments, items, ctx)), List.of()));
        for (int item = 1; item <= 7; item++) {
            sections.add(items.item(item));
        }
        sections.add(items.extras());
        sections.add(Appendix.of(runs, ctx));
        List<TocEntry> toc = new ArrayList<>();
        for (Section s : sections) {
            toc.add(new TocEntry(s.id(), s.title(), 1));
            for (Block b : s.blocks()) {
                toc.add(new TocEntry(b.id(), b.heading(), 2));
            }
        }
        ReportView view = new ReportView(m.language(), false, m.get("report.title"), m.get("report.subtitle"),
                TitleBlock.of(runs, ctx), toc, sections, m.all(), HtmlRenderer.css());
        return new Built(view, items.missing());
    }
}
