package edu.rnnlab.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report build produced.
 *
 * @param written  every file written (index.html, report.pdf, charts)
 * @param runsUsed archived runs the report read
 * @param missing  lab items without results and why
 * @param warnings things the reader of the console should know (e.g. characters the PDF's fonts lack)
 */
public record ReportResult(List<Path> written, int runsUsed, List<Missing> missing, List<String> warnings) {

    /** Copies the lists. */
    public ReportResult {
        written = List.copyOf(written);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** The chart files written ({@code charts/*.svg|png}), in name order. */
    public List<Path> charts() {
        return written.stream()
                .filter(p -> p.getParent() != null
                        && p.getParent().getFileName().toString().equals("charts"))
                .sorted()
                .toList();
    }

    /** The report files written (HTML, PDF, Markdown), without the charts. */
    public List<Path> documents() {
        List<Path> charts = charts();
        return written.stream().filter(p -> !charts.contains(p)).toList();
    }

    /**
     * A lab item the report could not show.
     *
     * @param item   lab item 1-7
     * @param reason what is missing and how to produce it
     */
    public record Missing(int item, String reason) {}
}
