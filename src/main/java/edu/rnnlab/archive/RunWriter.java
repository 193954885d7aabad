package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one run into a staging folder; {@link #commit()} renames it to its final place, replacing
 * an older unfinished (diverged or interrupted) copy. {@link #abort()} removes the staging folder.
 */
public final class RunWriter implements AutoCloseable {

    private final Path staging;
    private final Path target;
    private boolean committed;
    private RunSpec spec; // written first; names the run in summary.json and the loss unit in metrics.csv

    RunWriter(Path staging, Path target) {
        this.staging = staging;
        this.target = target;
    }

    /** Writes {@code spec.yaml}. */
    public void spec(RunSpec spec) {
        this.spec = spec;
        write(() ->
                ArchiveFormat.yaml().writeValue(staging.resolve(RunArchive.SPEC).toFile(), spec));
    }

    /** Writes {@code provenance.json}. */
    public void provenance(Provenance provenance) {
        write(() -> ArchiveFormat.json()
                .writeValue(staging.resolve(RunArchive.PROVENANCE).toFile(), provenance));
    }

    /** Writes {@code summary.json}, led by the run's experiment, seed and model ({@link SummaryIdentity}). */
    public void summary(RunSummary summary) {
        write(() -> ArchiveFormat.json()
                .writeValue(staging.resolve(RunArchive.SUMMARY).toFile(), SummaryIdentity.of(summary, spec)));
    }

    /**
     * Writes {@code metrics.csv}: the union of all metric names becomes the columns, in first-seen order,
     * after {@code loss} and {@code loss_unit} (what the loss measures, {@link LossUnit}).
     */
    public void metrics(List<EpochRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.metrics().keySet()));
        List<String> header = new ArrayList<>(List.of("epoch", "split", Metric.LOSS.key(), "loss_unit"));
        header.addAll(names);
        header.addAll(List.of("seconds", "throughput"));
        String unit = LossUnit.of(spec);
        write(() -> {
            try (Writer out = Files.newBufferedWriter(staging.resolve(RunArchive.METRICS), StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(
                            out,
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader(header.toArray(String[]::new))
                                    .setRecordSeparator('\n')
                                    .get())) {
                for (EpochRow row : rows) {
                    List<Object> values = new ArrayList<>(List.of(row.epoch(), row.split(), number(row.loss()), unit));
                    for (String name : names) {
                        Double v = row.metrics().get(name);
                        values.add(v == null ? "" : number(v));
                    }
                    values.add(number(row.seconds()));
                    values.add(number(row.throughput()));
                    csv.printRecord(values);
                }
            }
        });
    }

    /** Writes {@code predictions.csv}. */
    public void predictions(List<PredictionRow> rows) {
        write(() -> {
            try (Writer out = Files.newBufferedWriter(staging.resolve(RunArchive.PREDICTIONS), StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(
                            out,
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader("series", "step", "actual", "predicted")
                                    .setRecordSeparator('\n')
                                    .get())) {
                for (PredictionRow r : rows) {
                    csv.printRecord(r.series(), r.step(), number(r.actual()), number(r.predicted()));
                }
            }
        });
    }

    /** Writes an extra text file (e.g. generated text) into the run folder. */
    public void text(String fileName, String content) {
        write(() -> Files.writeString(staging.resolve(fileName), content, StandardCharsets.UTF_8));
    }

    /** Writes a binary file (e.g. {@code model.params}, the selected epoch's weights) into the run folder. */
    public void bytes(String fileName, byte[] content) {
        write(() -> Files.write(staging.resolve(fileName), content));
    }

    /** Moves the staged run into place. */
    public Path commit() {
        write(() -> {
            if (Files.exists(target)) {
                deleteTree(target);
            }
            AtomicFile.move(staging, target);
        });
        committed = true;
        RunIndex.rewrite(target.getParent().getParent()); // index.csv follows every run
        return target;
    }

    /** Removes the staging folder if the run was not committed. */
    public void abort() {
        if (!committed && Files.exists(staging)) {
            write(() -> deleteTree(staging));
        }
    }

    @Override
    public void close() {
        abort();
    }

    private static String number(double v) {
        // Shortest representation that round-trips, so reports read back exactly what was measured.
        return Double.isFinite(v) ? Double.toString(v) : (Double.isNaN(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity"));
    }

    private void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // e.toString() names the kind (e.g. NoSuchFileException), not only the path: the cause must show.
            throw RnnlabException.badInput(
                    "Cannot write the run archive at " + target + " (" + e
                            + "); check that the folder is writable and the disk has free space.",
                    e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
