package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Csv;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one run folder back into an {@link ArchivedRun}, strictly: this is the one place that decides
 * whether a run is whole. {@code spec.yaml}, {@code provenance.json}, {@code summary.json} and
 * {@code metrics.csv} must be present and parse, a completed run must have epoch rows, and
 * {@code predictions.csv} (absent for tasks without predictions) must parse when present. Anything
 * else is bad input naming the run folder, the file, the line and what to do.
 */
final class RunReader {

    private static final Set<String> FIXED_COLUMNS =
            Set.of("epoch", "split", Metric.LOSS.key(), "loss_unit", "seconds", "throughput");

    private RunReader() {}

    static ArchivedRun read(Path dir) {
        RunSpec spec = json(dir, RunArchive.SPEC, RunSpec.class);
        Provenance provenance = json(dir, RunArchive.PROVENANCE, Provenance.class);
        RunSummary summary = json(dir, RunArchive.SUMMARY, RunSummary.class);
        List<EpochRow> epochs = csv(dir, RunArchive.METRICS, true, RunReader::epoch);
        if (epochs.isEmpty() && summary.status() == RunStatus.COMPLETED) {
            throw damaged(dir, RunArchive.METRICS + " has no epoch rows (truncated)");
        }
        List<PredictionRow> predictions = csv(
                dir,
                RunArchive.PREDICTIONS,
                false,
                r -> new PredictionRow(
                        r.get("series"),
                        Long.parseLong(r.get("step")),
                        Double.parseDouble(r.get("actual")),
                        Double.parseDouble(r.get("predicted"))));
        RunTiming timing = Files.isRegularFile(dir.resolve(RunArchive.TIMING))
                ? json(dir, RunArchive.TIMING, RunTiming.class)
                : null; // optional: written after the run
        return new ArchivedRun(dir, spec, provenance, summary, epochs, predictions, timing);
    }

    private static <T> T json(Path dir, String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw damaged(dir, name + " is missing");
        }
        try {
            var mapper = name.endsWith(".yaml") ? ArchiveFormat.yaml() : ArchiveFormat.json();
            T value = mapper.readValue(file.toFile(), type);
            if (value == null) {
                throw damaged(dir, name + " is empty");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RnnlabException r) {
                throw r;
            }
            throw damaged(
                    dir,
                    name + " does not parse (" + String.valueOf(e.getMessage()).split("\n")[0] + ")");
        }
    }

    private static <T> List<T> csv(Path dir, String name, boolean required, Function<CSVRecord, T> row) {
        Path file = dir.resolve(name);
        List<T> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw damaged(dir, name + " is missing");
            }
            return rows;
        }
        try (CSVParser csv = Csv.withHeader(file)) {
            for (CSVRecord r : csv) {
                try {
                    rows.add(row.apply(r));
                } catch (RuntimeException e) {
                    // +1: the header is line 1, so record n sits on line n + 1.
                    throw damaged(
                            dir,
                            name + " line " + (r.getRecordNumber() + 1) + " does not parse (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw damaged(dir, name + " does not parse (" + e.getMessage() + ")");
        }
        return rows;
    }

    private static EpochRow epoch(CSVRecord r) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String name : r.getParser().getHeaderNames()) {
            if (!FIXED_COLUMNS.contains(name) && !r.get(name).isEmpty()) {
                metrics.put(name, Double.parseDouble(r.get(name)));
            }
        }
        return new EpochRow(
                Integer.parseInt(r.get("epoch")),
                r.get("split"),
                Double.parseDouble(r.get(Metric.LOSS.key())),
                metrics,
                Double.parseDouble(r.get("seconds")),
                Double.parseDouble(r.get("throughput")));
    }

    private static RnnlabException damaged(Path dir, String what) {
        return RnnlabException.badInput("Damaged run " + dir + ": " + what + "; 'rnnlab run' (or 'lab') trains it "
                + "again, or delete the folder.");
    }
}
