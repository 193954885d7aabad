package edu.rnnlab.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report build produced.
 *
 * @param written  every file written (index.html, report.pdf, charts)
 * @param runsUsed archived runs the report read
 * @param missing  lab items without results and why
 */
public record ReportResult(List<Path> written, int runsUsed, List<Missing> missing) {

    /** Copies the lists. */
    public ReportResult {
        written = List.copyOf(written);
        missing = List.copyOf(missing);
    }

    /**
     * A lab item the report could not show.
     *
     * @param item   lab item 1-7
     * @param reason what is missing and how to produce it
     */
    public record Missing(int item, String reason) {}
}
