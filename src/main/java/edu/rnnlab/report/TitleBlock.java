package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The title block: course, lab, student placeholders, date, tool version, data used (with short
 * checksums; the appendix has them in full), device and total compute time.
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
        Set<String> data = new LinkedHashSet<>();
        for (ArchivedRun r : runs) {
            if (r.provenance().data() != null) {
                data.add(data(r.provenance().data(), m));
            }
        }
        add(rows, m.get("title.data"), data.isEmpty() ? NumberText.NONE : String.join("\n", data));
        Set<String> devices = new LinkedHashSet<>();
        runs.forEach(r -> devices.add(m.get(
                "title.device.value",
                r.provenance().device(),
                r.provenance().threads(),
                r.provenance().cpu())));
        add(rows, m.get("title.device"), devices.isEmpty() ? NumberText.NONE : String.join("\n", devices));
        double total = runs.stream()
                .mapToDouble(r -> r.summary().totalSeconds())
                .filter(Double::isFinite)
                .sum();
        add(rows, m.get("title.compute"), m.get("title.compute.value", NumberText.duration(total), runs.size()));
        return new Table("title-block", "", List.of(), rows, "");
    }

    private static String data(DataSource d, Messages m) {
        List<String> files = new ArrayList<>();
        for (DataFile f : d.files()) {
            String sha = f.sha256() == null
                    ? ""
                    : f.sha256().substring(0, Math.min(12, f.sha256().length()));
            files.add(fileName(f.path()) + " (sha256 " + sha + "\u2026)");
        }
        String kind = m.get(d.builtIn() ? "title.data.builtin" : "title.data.course");
        return d.description() + " [" + kind + "]" + (files.isEmpty() ? "" : ": " + String.join(", ", files));
    }

    static String fileName(String path) {
        if (path == null) {
            return NumberText.NONE;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
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
