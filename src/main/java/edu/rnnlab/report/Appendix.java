package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The appendix: environment, data files with sha256, every run with its spec hash and status,
 * the commands that reproduce the report and a single run, and how the numbers were selected.
 */
final class Appendix {

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
        blocks.add(plain("appendix-runs", m.get("appendix.runs"), List.of(), List.of(runTable(runs, ctx)), List.of()));
        List<String> code = new ArrayList<>(List.of(
                m.get("appendix.cmd.report"),
                ctx.options().commandLine(),
                "",
                m.get("appendix.cmd.run"),
                "./rnnlab run <experiment> --seed <seed>",
                "./rnnlab verify reports/runs/<experiment>/<run-id>"));
        if (!runs.isEmpty()) {
            ArchivedRun r = runs.get(0);
            code.addAll(List.of(
                    "",
                    m.get("appendix.cmd.example"),
                    "./rnnlab run " + r.spec().experiment() + " --seed "
                            + r.spec().seed(),
                    "./rnnlab verify reports/runs/" + r.spec().experiment() + "/"
                            + r.dir().getFileName()));
        }
        blocks.add(plain("appendix-commands", m.get("appendix.commands"), List.of(), List.of(), code));
        List<String> selection =
                new ArrayList<>(List.of(m.get("appendix.selection.standard"), m.get("appendix.selection.course")));
        Map<String, Integer> counts = new TreeMap<>();
        for (ArchivedRun r : runs) {
            String how = r.summary().selection();
            counts.merge(how == null ? NumberText.NONE : how, 1, Integer::sum);
        }
        counts.forEach((s, n) -> selection.add(m.get("appendix.selection.count", s, n)));
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

    private static Table runTable(List<ArchivedRun> runs, ReportContext ctx) {
        Messages m = ctx.msg();
        List<List<Cell>> rows = new ArrayList<>();
        for (ArchivedRun r : runs) {
            rows.add(List.of(
                    Cell.plain(r.spec().experiment()),
                    Cell.plain(String.valueOf(r.dir().getFileName())),
                    Cell.num(String.valueOf(r.spec().seed())),
                    Cell.plain(String.valueOf(r.summary().specHash())),
                    Cell.plain(m.get("status." + r.summary().status().name().toLowerCase(Locale.ROOT))),
                    Cell.num(r.summary().selectedEpoch() + " / " + r.summary().epochsRun()),
                    Cell.num(NumberText.duration(r.summary().totalSeconds()))));
        }
        return ctx.numbering()
                .table(
                        m.get("caption.runs"),
                        List.of(
                                m.get("runs.experiment"),
                                m.get("runs.id"),
                                m.get("runs.seed"),
                                m.get("runs.hash"),
                                m.get("runs.status"),
                                m.get("runs.epoch"),
                                m.get("runs.time")),
                        rows,
                        rows.isEmpty() ? m.get("runs.none") : "");
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
