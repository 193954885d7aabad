package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The title block, one line per fact: course, lab, student name and ID (placeholders to fill by hand),
 * date, tool version, data used (built-in or course files; names and checksums are in the appendix),
 * device and total compute time.
 */
final class TitleBlock {

    /** Left blank for the student to fill in by hand when no name was given. */
    static final String PLACEHOLDER = "______________";

    private TitleBlock() {}

    static Table of(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        ReportOptions o = ctx.options();
        List<List<Cell>> rows = new ArrayList<>();
        add(rows, m.get("title.course"), blank(o.course()) ? m.get("title.course.default") : o.course());
        add(rows, m.get("title.lab"), m.get("title.lab.value"));
        add(rows, m.get("title.student"), blank(o.student()) ? PLACEHOLDER : o.student());
        add(rows, m.get("title.student_id"), blank(o.studentId()) ? PLACEHOLDER : o.studentId());
        add(rows, m.get("title.date"), LocalDate.now().toString());
        add(rows, m.get("title.version"), version(runs));
        add(rows, m.get("title.data"), data(runs, m));
        // The profile sets epochs, seeds and caps for every section: named once here, not in each setup.
        Set<String> profiles = new TreeSet<>();
        runs.forEach(r -> profiles.add(String.valueOf(r.spec().profile())));
        add(rows, m.get("setup.profile"), profiles.isEmpty() ? NumberText.NONE : String.join(", ", profiles));
        Set<String> devices = new LinkedHashSet<>();
        runs.forEach(r -> devices.add(m.get(
                "title.device.value",
                r.provenance().device(),
                r.provenance().threads(),
                r.provenance().cpu())));
        add(rows, m.get("title.device"), devices.isEmpty() ? NumberText.NONE : String.join("; ", devices));
        double total = runs.stream()
                .mapToDouble(r -> r.summary().totalSeconds())
                .filter(Double::isFinite)
                .sum();
        add(rows, m.get("title.compute"), m.get("title.compute.value", NumberText.duration(total), runs.size()));
        return new Table("title-block", "", List.of(), rows, "");
    }

    /**
     * One line: which kinds of data (built-in, course files) and how many data sets and files, no names
     * or checksums (the appendix lists the files with theirs).
     */
    static String data(List<ArchivedRun> runs, Messages m) {
        Map<Boolean, Set<String>> sets = new TreeMap<>(Comparator.reverseOrder()); // course files first
        Map<Boolean, Set<String>> files = new TreeMap<>(Comparator.reverseOrder());
        for (ArchivedRun r : runs) {
            DataSource d = r.provenance().data();
            if (d != null) {
                boolean course = !d.builtIn();
                sets.computeIfAbsent(course, k -> new LinkedHashSet<>()).add(d.description());
                d.files().forEach(f -> files.computeIfAbsent(course, k -> new LinkedHashSet<>())
                        .add(f.path() + f.sha256()));
            }
        }
        List<String> parts = new ArrayList<>();
        sets.forEach((course, described) -> parts.add(m.get(
                "title.data.part",
                m.get(course ? "title.data.course" : "title.data.builtin"),
                described.size(),
                files.getOrDefault(course, Set.of()).size())));
        if (parts.isEmpty()) {
            return NumberText.NONE;
        }
        String line = m.get("title.data.value", String.join("; ", parts));
        return Character.toUpperCase(line.charAt(0)) + line.substring(1); // "Built-in data: ..." opens the line
    }

    private static String version(List<ArchivedRun> runs) {
        Set<String> versions = new LinkedHashSet<>();
        for (ArchivedRun r : runs) {
            String commit = r.provenance().gitCommit();
            String shortCommit = commit == null || "unknown".equals(commit)
                    ? ""
                    : " @ " + commit.substring(0, Math.min(10, commit.length()))
                            + (r.provenance().gitDirty() ? "+dirty" : "");
            versions.add("rnnlab " + r.provenance().toolVersion() + shortCommit);
        }
        if (versions.isEmpty()) {
            String v = TitleBlock.class.getPackage().getImplementationVersion();
            versions.add("rnnlab " + (v == null ? "dev" : v));
        }
        return String.join(", ", versions);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void add(List<List<Cell>> rows, String key, String value) {
        rows.add(List.of(Cell.plain(key), Cell.plain(value)));
    }
}
