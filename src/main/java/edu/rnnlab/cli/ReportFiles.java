package edu.rnnlab.cli;

import edu.rnnlab.report.ReportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints what a report build wrote: each document on its own line, then the charts folder with the
 * chart names (each is there as {@code .svg} and {@code .png}) wrapped into a few lines, so a student
 * sees which file to paste where; then the build's warnings.
 */
final class ReportFiles {

    private static final int WIDTH = 100;

    private ReportFiles() {}

    static void print(ReportResult result, PrintWriter out) {
        result.documents().forEach(p -> out.println("  " + p));
        List<Path> charts = result.charts();
        if (!charts.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> kinds = new LinkedHashSet<>();
            for (Path p : charts) {
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                names.add(file.substring(0, dot));
                kinds.add(file.substring(dot));
            }
            out.printf(
                    "  %s%s (%d charts, each as %s):%n",
                    charts.get(0).getParent(), java.io.File.separator, names.size(), String.join(" and ", kinds));
            wrap(names).forEach(line -> out.println("    " + line));
        }
        result.warnings().forEach(w -> out.println("  warning: " + w));
    }

    /** The names joined by ", " in lines of at most {@link #WIDTH} characters (a longer name has its own line). */
    static List<String> wrap(Iterable<String> names) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            if (line.length() > 0 && line.length() + 2 + name.length() > WIDTH) {
                lines.add(line.append(',').toString());
                line = new StringBuilder();
            }
            line.append(line.length() > 0 ? ", " : "").append(name);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
