package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The textbook's example sentences as each translation model rendered them, read from the runs'
 * {@code translations} summary extra (lines {@code english TAB reference TAB translation TAB bleu}): one
 * row per sentence, one column per model setting (its first completed run).
 */
final class TranslationSamples {

    /** The summary extra the translation runs write. */
    static final String EXTRA = "translations";

    private TranslationSamples() {}

    /** The table, when any run of the experiment archived translations. */
    static Optional<Table> table(ExperimentRuns e, ReportContext ctx) {
        Messages m = ctx.msg();
        Map<String, ArchivedRun> byModel = new LinkedHashMap<>();
        for (ModelGroup g : e.groups()) {
            g.completed().stream()
                    .filter(r -> r.summary().extras().containsKey(EXTRA))
                    .findFirst()
                    .ifPresent(r -> byModel.put(
                            g.label() + " · "
                                    + m.get("translations.seed", r.spec().seed()),
                            r));
        }
        if (byModel.isEmpty()) {
            return Optional.empty();
        }
        List<String> headers = new ArrayList<>(List.of(m.get("translations.source"), m.get("translations.reference")));
        headers.addAll(byModel.keySet());
        List<List<Cell>> rows = new ArrayList<>();
        List<String[]> first = lines(byModel.values().iterator().next());
        for (int i = 0; i < first.size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(first.get(i)[0]), Cell.plain(first.get(i)[1])));
            for (ArchivedRun run : byModel.values()) {
                List<String[]> lines = lines(run);
                row.add(Cell.plain(
                        i < lines.size() ? m.get("translations.cell", lines.get(i)[2], bleu(lines.get(i)[3])) : "–"));
            }
            rows.add(row);
        }
        return Optional.of(ctx.numbering()
                .table(m.get("caption.translations", e.title(ctx.lang())), headers, rows, m.get("translations.note")));
    }

    private static List<String[]> lines(ArchivedRun run) {
        List<String[]> out = new ArrayList<>();
        for (String line : run.summary().extras().get(EXTRA).split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4) {
                out.add(fields);
            }
        }
        return out;
    }

    private static String bleu(String text) {
        try {
            return NumberText.sig(Double.parseDouble(text), 3);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
