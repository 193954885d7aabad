package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The appendix, a few pages at most: environment, data files with short checksums, one row per
 * configuration (seeds collapsed), the commands that reproduce the report and a single run, and how the
 * numbers were selected. Per-run detail stays in the archive ({@code reports/runs/index.csv}).
 */
final class Appendix {

    /** Distinct training command lines printed at most (a lab is usually one). */
    private static final int MAX_COMMANDS = 3;

    private Appendix() {}

    static Section of(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<Block> blocks = new ArrayList<>();
        List<String> notes = Stream.of(KernelNote.of(runs, m), TimingNote.of(runs, m))
                .filter(s -> !s.isEmpty())
                .toList();
        blocks.add(
                plain("appendix-environment", m.get("appendix.environment"), notes, environment(runs, ctx), List.of()));
        blocks.add(plain("appendix-data", m.get("appendix.data"), List.of(), List.of(data(runs, ctx)), List.of()));
        blocks.add(plain(
                "appendix-runs",
                m.get("appendix.runs"),
                List.of(m.get("appendix.runs.archive")),
                List.of(RunTable.of(runs, ctx)),
                List.of()));
        blocks.add(plain("appendix-commands", m.get("appendix.commands"), List.of(), List.of(), commands(runs, ctx)));
        List<String> selection =
                new ArrayList<>(List.of(m.get("appendix.selection.standard"), m.get("appendix.selection.course")));
        Map<String, Integer> counts = new TreeMap<>();
        for (ArchivedRun r : runs) {
            String how = r.summary().selection();
            counts.merge(how == null ? NumberText.NONE : how, 1, Integer::sum);
        }
        List<String> counted = new ArrayList<>();
        counts.forEach((s, n) -> counted.add(m.get("appendix.selection.count", s, n)));
        selection.add(String.join(" ", counted)); // one paragraph: a line each took half a page
        blocks.add(plain("appendix-selection", m.get("appendix.selection"), selection, List.of(), List.of()));
        return new Section("appendix", m.get("appendix.title"), "", "", List.of(), List.of(), blocks);
    }

    private static List<Table> environment(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        Map<String, List<List<Cell>>> distinct = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ArchivedRun r : runs) {
            Provenance p = r.provenance();
            List<List<Cell>> rows = List.of(
                    kv(m.get("env.cpu"), p.cpu() + " (" + p.cores() + " " + m.get("env.cores") + ")"),
                    kv(m.get("env.threads"), String.valueOf(p.threads())),
                    kv(m.get("env.device"), p.device()),
                    kv(m.get("env.jvm"), p.jvm()),
                    kv(m.get("env.os"), p.os()),
                    kv(m.get("env.djl"), p.djlVersion()),
                    kv(m.get("env.engine"), p.engine()),
                    kv(
                            m.get("env.tool"),
                            p.toolVersion() + " (" + p.gitCommit() + (p.gitDirty() ? ", dirty" : "") + ")"));
            String key = rows.toString();
            distinct.putIfAbsent(key, rows);
            counts.merge(key, 1, Integer::sum);
        }
        List<Table> tables = new ArrayList<>();
        distinct.forEach((key, rows) ->
                tables.add(ctx.numbering().table(m.get("caption.environment", counts.get(key)), List.of(), rows, "")));
        return tables;
    }

    private static Table data(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<DataFileRow> files = DataFileRow.of(runs);
        List<List<Cell>> rows = new ArrayList<>();
        String previous = null;
        for (DataFileRow f : files) {
            // A data set's description is printed once, on its first file (twelve Krakow months share one).
            String dataset = f.dataset().equals(previous) ? "" : f.dataset();
            previous = f.dataset();
            rows.add(List.of(
                    Cell.plain(dataset),
                    Cell.plain(f.file()),
                    Cell.num(NumberText.count(f.bytes())),
                    new Cell(f.shortSha(), false, false)));
        }
        return ctx.numbering()
                .table(
                        m.get("caption.data"),
                        List.of(m.get("data.source"), m.get("data.file"), m.get("data.bytes"), m.get("data.sha256")),
                        rows,
                        files.isEmpty() ? m.get("data.none") : m.get("data.sha256.note", DataFileRow.SHORT_SHA));
    }

    /**
     * The commands a grader types: the ones that trained the runs and rendered this report (paths of the
     * user's machine cut), then one run retrained and compared with its archive, with a real example.
     */
    private static List<String> commands(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        Map<String, Integer> trained = new LinkedHashMap<>();
        for (ArchivedRun r : runs) {
            String c = r.provenance().commandLine();
            if (c != null && !c.isBlank()) {
                trained.merge(CommandText.withoutAbsolutePaths(c), 1, Integer::sum);
            }
        }
        List<String> code = new ArrayList<>();
        code.add(m.get("appendix.cmd.trained"));
        trained.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_COMMANDS)
                .forEach(e -> code.add(e.getKey()));
        if (trained.size() > MAX_COMMANDS) {
            code.add(m.get("appendix.cmd.more", trained.size() - MAX_COMMANDS));
        }
        String report = CommandText.withoutAbsolutePaths(ctx.options().commandLine());
        if (!trained.containsKey(report)) {
            code.addAll(List.of(m.get("appendix.cmd.rendered"), report));
        }
        code.addAll(List.of(
                "",
                m.get("appendix.cmd.verify"),
                "./rnnlab verify reports/runs/<experiment>/<run-id>",
                m.get("appendix.cmd.seed"),
                "./rnnlab run <experiment> --profile <profile> --seed <seed> --seeds 1"));
        // The example is the first run of the run table: item 1's first seed where the lab has one.
        runs.stream()
                .filter(r -> r.spec().overrides().isEmpty())
                .min(Comparator.<ArchivedRun>comparingInt(r -> r.spec().item() == 0
                                ? Integer.MAX_VALUE
                                : r.spec().item())
                        .thenComparing(r -> r.spec().experiment())
                        .thenComparingLong(r -> r.spec().seed()))
                .ifPresent(r -> code.addAll(List.of(
                        "",
                        m.get("appendix.cmd.example"),
                        "./rnnlab verify reports/runs/" + r.spec().experiment() + "/"
                                + r.dir().getFileName(),
                        "./rnnlab run " + r.spec().experiment() + " --profile "
                                + r.spec().profile() + " --seed " + r.spec().seed() + " --seeds 1")));
        return code;
    }

    private static List<Cell> kv(String k, String v) {
        return List.of(Cell.plain(k), Cell.plain(v == null ? NumberText.NONE : v));
    }

    private static Block plain(
            String id, String heading, List<String> paragraphs, List<Table> tables, List<String> code) {
        return new Block(
                id, heading, false, paragraphs, List.of(), null, tables, List.of(), List.of(), List.of(), code);
    }
}
