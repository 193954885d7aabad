package edu.rnnlab.archive;

import com.fasterxml.jackson.databind.JsonNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code reports/runs/index.csv}: one row per archived run, so that all runs load as one table
 * ({@code pandas.read_csv}) without joining three files per run. Rewritten after every committed run.
 * Numbers are plain decimals; a number that is not finite (a diverged run's loss) is an empty cell,
 * which pandas reads as NaN, so every numeric column stays numeric. Damaged runs have no row.
 */
public final class RunIndex {

    /** The file name, in the archive's root. */
    public static final String FILE = "index.csv";

    private static final Object WRITING = new Object(); // parallel runners commit concurrently

    private RunIndex() {}

    /** Rewrites the index of the archive at {@code root} from the runs there now. */
    public static Path rewrite(Path root) {
        // One rewrite at a time: each scans after its own run was committed, so the last one written sees every run.
        synchronized (WRITING) {
            List<ArchivedRun> runs = new ArrayList<>();
            for (Path dir : new RunArchive(root).runDirs()) {
                try {
                    runs.add(RunReader.read(dir));
                } catch (RnnlabException damaged) {
                    // no row: the run is named as damaged by the next run, lab or report
                }
            }
            try {
                return AtomicFile.writeString(root.resolve(FILE), csv(runs));
            } catch (IOException e) {
                throw RnnlabException.badInput(
                        "Cannot write " + root.resolve(FILE) + " (" + e
                                + "); check that the folder is writable and the disk has free space.",
                        e);
            }
        }
    }

    /** The index of {@code runs} as CSV text. */
    static String csv(List<ArchivedRun> runs) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> val = new LinkedHashSet<>();
        Set<String> test = new LinkedHashSet<>();
        for (ArchivedRun run : runs) {
            run.spec().sweep().keySet().forEach(k -> keys.add(lastKey(k)));
            run.spec().overrides().keySet().forEach(k -> keys.add(lastKey(k)));
            val.addAll(run.summary().validation().keySet());
            test.addAll(run.summary().test().keySet());
        }
        keys.remove("seeds"); // a count of runs, not a setting of one
        StringWriter text = new StringWriter();
        List<String> header = new ArrayList<>(List.of(
                "experiment",
                "item",
                "run_id",
                "model",
                "cell",
                "impl",
                "hidden",
                "layers",
                "bidirectional",
                "seed",
                "profile",
                "swept",
                "overridden"));
        keys.stream().filter(k -> !header.contains(k)).forEach(header::add);
        val.forEach(m -> header.add("val_" + m));
        test.forEach(m -> header.add("test_" + m));
        header.addAll(List.of(
                "status",
                "epochs_run",
                "selected_epoch",
                "parameters",
                "seconds_per_epoch",
                "throughput",
                "throughput_unit",
                "total_seconds",
                "jobs",
                "threads",
                "device",
                "built_in_data",
                "spec_hash"));
        try (CSVPrinter out = new CSVPrinter(
                text,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator('\n')
                        .get())) {
            for (ArchivedRun run : runs) {
                Map<String, Object> row = row(run, keys, val, test);
                out.printRecord(
                        header.stream().map(h -> row.getOrDefault(h, "")).toList());
            }
        }
        return text.toString();
    }

    private static Map<String, Object> row(ArchivedRun run, Set<String> keys, Set<String> val, Set<String> test) {
        RunSpec spec = run.spec();
        RunSummary summary = run.summary();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("experiment", spec.experiment());
        row.put("item", spec.item());
        row.put("run_id", summary.runId());
        row.put("model", spec.model().label());
        row.put("cell", lower(spec.model().cell()));
        row.put("impl", lower(spec.model().impl()));
        row.put("hidden", spec.model().hidden());
        row.put("layers", spec.model().layers());
        row.put("bidirectional", spec.model().bidirectional());
        row.put("seed", spec.seed());
        row.put("profile", spec.profile());
        row.put("swept", String.join(";", spec.sweep().keySet()));
        row.put("overridden", String.join(";", spec.overrides().keySet()));
        JsonNode tree = ArchiveFormat.json().valueToTree(spec);
        for (String key : keys) {
            row.put(key, setting(tree, key));
        }
        val.forEach(m -> row.put("val_" + m, number(summary.validation().get(m))));
        test.forEach(m -> row.put("test_" + m, number(summary.test().get(m))));
        row.put("status", lower(summary.status()));
        row.put("epochs_run", summary.epochsRun());
        row.put("selected_epoch", summary.selectedEpoch());
        row.put("parameters", summary.parameters());
        row.put("seconds_per_epoch", number(summary.secondsPerEpoch()));
        row.put("throughput", number(summary.throughput()));
        row.put("throughput_unit", summary.throughputUnit());
        row.put("total_seconds", number(summary.totalSeconds()));
        row.put("jobs", ""); // not recorded by this version's runner: one run at a time
        row.put("threads", run.provenance().threads());
        row.put("device", run.provenance().device());
        row.put(
                "built_in_data",
                run.provenance().data() != null && run.provenance().data().builtIn());
        row.put("spec_hash", summary.specHash());
        return row;
    }

    /** The run's resolved value of a short key: found in its model, training or data settings. */
    private static Object setting(JsonNode spec, String key) {
        for (String section : List.of("model", "train", "dataset")) {
            JsonNode value = spec.path(section).path(key);
            if (value.isValueNode()) {
                return value.isNumber() ? number(value.asDouble()) : value.asText();
            }
        }
        return "";
    }

    /** Enums as the archive's JSON and YAML write them. */
    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastKey(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Shortest round-trip decimal; empty for a missing or non-finite number (pandas: NaN). */
    private static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
    }
}
