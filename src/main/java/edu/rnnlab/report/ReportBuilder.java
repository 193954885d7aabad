package edu.rnnlab.report;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.report.chart.ChartFiles;
import edu.rnnlab.report.render.BundledFonts;
import edu.rnnlab.report.render.HtmlRenderer;
import edu.rnnlab.report.render.MarkdownRenderer;
import edu.rnnlab.report.render.PdfPrinter;
import edu.rnnlab.report.render.PdfRenderer;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.ReportView;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.TocEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the assignment report from the run archive alone (it never trains and never reads data
 * files): {@code index.html} (self-contained: CSS and SVG charts inlined), {@code charts/} (SVG and
 * 150-dpi PNG of every figure, named after what it shows) and, when asked, {@code report.pdf} (A4,
 * bundled fonts embedded) and {@code report.md} (GitHub-flavoured Markdown for pandoc).
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
    private final PdfPrinter printer;

    /** A builder reading every run of {@code archive}, rendering as {@code options} say. */
    public ReportBuilder(RunArchive archive, ReportOptions options) {
        this(archive, options, null);
    }

    /**
     * A builder that reports only the runs with the given ids (those the current registry and profile
     * plan), so runs of an older spec or another profile left in the archive do not mix into the means.
     */
    public ReportBuilder(RunArchive archive, ReportOptions options, Set<String> runIds) {
        this(archive, options, runIds, new PdfRenderer());
    }

    /** A builder that prints the PDF with {@code printer} (tests use one that fails mid-write). */
    ReportBuilder(RunArchive archive, ReportOptions options, Set<String> runIds, PdfPrinter printer) {
        this.archive = archive;
        this.options = options;
        this.runIds = runIds == null ? null : Set.copyOf(runIds);
        this.printer = printer;
    }

    /**
     * Writes the report into {@code outputDir} (created if needed) and says what it wrote. Every file
     * is written aside and renamed into place, HTML and PDF only after everything rendered, so a
     * failure (a kill, a full disk, a bug) leaves the previous report as it was.
     */
    public ReportResult build(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
            Path charts = outputDir.resolve("charts");
            ArchiveScan scan = ArchiveScan.of(archive);
            Messages msg = new Messages(options.language());
            List<String> notes = new ArrayList<>(options.notes());
            notes.addAll(scan.problems());
            List<ArchivedRun> runs = scan.runs();
            if (runIds != null) {
                runs = runs.stream()
                        .filter(r -> runIds.contains(r.summary().runId()))
                        .toList();
                int left = scan.runs().size() - runs.size();
                if (left > 0) {
                    notes.add(msg.get("term.note.left_out", left));
                }
                // Partial is partial: planned runs that never finished are counted where the reader sees them.
                Set<String> archived = new HashSet<>();
                runs.forEach(r -> archived.add(r.summary().runId()));
                long absent =
                        runIds.stream().filter(id -> !archived.contains(id)).count();
                if (absent > 0) {
                    notes.add(msg.get("term.note.absent", absent, runIds.size()));
                }
            }
            // A narrower report than the one it replaces (a 'run' of one experiment wrote a smaller plan) says so.
            Set<Integer> covered = ReportCoverage.of(ExperimentRuns.of(runs));
            Set<Integer> dropped = ReportCoverage.dropped(ReportCoverage.previous(outputDir), covered);
            String droppedNote = dropped.isEmpty() ? "" : msg.get("term.note.dropped", itemList(dropped, msg));
            if (!droppedNote.isEmpty()) {
                notes.add(droppedNote);
            }
            ReportOptions effective = options.withNotes(notes);
            ChartFiles chartFiles = new ChartFiles(charts);
            ReportContext ctx = new ReportContext(msg, new Numbering(msg, chartFiles), effective);
            Built built = view(LocalizedRuns.of(runs, msg), ctx);
            ReportView view = built.view();
            List<Path> written = new ArrayList<>();
            HtmlRenderer html = new HtmlRenderer();
            String page = effective.html() ? html.render(view) : null;
            String printable = effective.pdf() ? html.render(view.forPdf(true)) : null;
            String markdown = effective.markdown() ? new MarkdownRenderer().render(view) : null;
            if (effective.pdf()) {
                Path pdf = outputDir.resolve("report.pdf");
                AtomicFile.write(pdf, aside -> {
                    try (OutputStream out = Files.newOutputStream(aside)) {
                        printer.print(printable, outputDir, out);
                    }
                });
                written.add(pdf);
            }
            List<String> warnings = new ArrayList<>();
            if (!droppedNote.isEmpty()) {
                warnings.add(droppedNote);
            }
            if (effective.pdf()) {
                String lacking = BundledFonts.missing(printable);
                if (!lacking.isEmpty()) {
                    warnings.add("The PDF's fonts have no glyph for "
                            + lacking.codePoints().count() + " characters,"
                            + " shown as boxes there (the HTML uses the browser's fonts): " + lacking);
                }
            }
            if (markdown != null) {
                written.add(AtomicFile.writeString(outputDir.resolve("report.md"), markdown));
            }
            if (page != null) {
                written.add(0, AtomicFile.writeString(outputDir.resolve("index.html"), page));
            }
            // The appendix prints shortened checksums; the full ones sit beside the report.
            written.add(AtomicFile.writeString(
                    outputDir.resolve("data-files.json"),
                    new com.fasterxml.jackson.databind.ObjectMapper()
                                    .writerWithDefaultPrettyPrinter()
                                    .writeValueAsString(DataFileRow.of(runs))
                            + "\n"));
            written.add(ReportCoverage.write(outputDir, covered));
            ChartCleaner.removeStale(charts, chartFiles.written());
            written.addAll(ChartCleaner.list(charts));
            // the runs shown, not every archived one
            return new ReportResult(written, runs.size(), built.missing(), warnings);
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            throw RnnlabException.badInput(
                    "Cannot write the report into " + outputDir + " (" + reason + "); the "
                            + "previous report there is unchanged. Check that the folder is writable and the disk has free "
                            + "space, or pass --reports DIR to write elsewhere.",
                    e);
        }
    }

    /** "items 3, 4 and the extras". */
    private static String itemList(Set<Integer> items, Messages m) {
        List<String> names = new ArrayList<>();
        items.stream().filter(i -> i > 0).forEach(i -> names.add(String.valueOf(i)));
        if (items.contains(0)) {
            names.add(m.get("term.note.extras"));
        }
        return String.join(", ", names);
    }

    /** The prepared view and the items it found missing. */
    private record Built(ReportView view, List<ReportResult.Missing> missing) {}

    private static Built view(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<ExperimentRuns> experiments = ExperimentRuns.of(runs);
        ItemSections items = new ItemSections(experiments, CourseReference.load(), ctx);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "summary",
                m.get("summary.title"),
                m.get("summary.intro"),
                "",
                ctx.options().notes(),
                List.of(SummaryTable.of(experiments, items, ctx)),
                List.of()));
        sections.add(TheorySection.of(m));
        // Items 1+2 and 5+6 are one comparison each (hand-written against library).
        sections.add(items.pair(1));
        sections.add(items.item(3));
        sections.add(items.item(4));
        sections.add(items.pair(5));
        sections.add(items.item(7));
        sections.add(items.extras());
        sections.add(Conclusions.of(experiments, items, ctx));
        sections.add(Appendix.of(runs, ctx));
        List<TocEntry> toc = new ArrayList<>();
        for (Section s : sections) {
            toc.add(new TocEntry(s.id(), s.title(), 1));
            for (Block b : s.blocks()) {
                toc.add(new TocEntry(b.id(), b.heading(), 2));
            }
        }
        ReportView view = new ReportView(
                m.language(),
                false,
                m.get("report.title"),
                m.get("report.subtitle"),
                TitleBlock.of(runs, ctx),
                toc,
                sections,
                m.all(),
                HtmlRenderer.css());
        return new Built(view, items.missing());
    }
}
