package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one run folder back into an {@link ArchivedRun}. */
final class RunReader {

    private static final Set<String> FIXED_COLUMNS = Set.of("epoch", "split", "loss", "seconds", "throughput");

    private RunReader() {}

    static ArchivedRun read(Path dir) {
        try {
            RunSpec spec = ArchiveFormat.yaml().readValue(dir.resolve(RunArchive.SPEC).toFile(), RunSpec.class);
            Provenance provenance = ArchiveFormat.json().readValue(dir.resolve(RunArchive.PROVENANCE).toFile(), Provenance.class);
            RunSummary summary = ArchiveFormat.json().readValue(dir.resolve(RunArchive.SUMMARY).toFile(), RunSummary.class);
            return new ArchivedRun(dir, spec, provenance, summary, epochs(dir.resolve(RunArchive.METRICS)),
                    predictions(dir.resolve(RunArchive.PREDICTIONS)));
        } catch (IOException e) {
            throw RnnlabException.badInput("The archived run " + dir + " cannot be read (" + e.getMessage()
                    + "); delete that folder and rerun the experiment.", e);
        }
    }

    private static List<EpochRow> epochs(Path file) throws IOException {
        List<EpochRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> metricNames = csv.getHeaderNames().stream().filter(h -> !FIXED_COLUMNS.contains(h)).toList();
            for (CSVRecord r : csv) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (String name : metricNames) {
                    String v = r.get(name);
                    if (!v.isEmpty()) {
                        metrics.put(name, Double.parseDouble(v));
                    }
                }
                rows.add(new EpochRow(Integer.parseInt(r.get("epoch")), r.get("split"), Double.parseDouble(r.get("loss")),
                        metrics, Double.parseDouble(r.get("seconds")), Double.parseDouble(r.get("throughput"))));
            }
        }
        return rows;
    }

    private static List<PredictionRow> predictions(Path file) throws IOException {
        List<PredictionRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : csv) {
                rows.add(new PredictionRow(r.get("series"), Long.parseLong(r.get("step")),
                        Double.parseDouble(r.get("actual")), Double.parseDouble(r.get("predicted"))));
            }
        }
        return rows;
    }
}
