package edu.rnnlab.bench;

import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark results as JSON ({@code rnnlab bench --json FILE}), for tables and before/after comparisons
 * made by tools: the engine line, when, and per cell the median, fastest and slowest repeat. Written
 * aside and renamed, like every file rnnlab writes.
 */
public final class BenchJson {

    private BenchJson() {}

    /** Writes {@code results} to {@code file}. */
    public static void write(Path file, List<BenchResult> results) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("engine", BenchTable.engineLine());
        root.put("measured_at", Instant.now().toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BenchResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("shape", r.shape());
            row.put("cell", r.cell().name().toLowerCase(java.util.Locale.ROOT));
            row.put("impl", r.impl().name().toLowerCase(java.util.Locale.ROOT));
            row.put("unit", r.unit());
            row.put("throughput_median", r.throughput());
            row.put("throughput_min", r.throughputMin());
            row.put("throughput_max", r.throughputMax());
            row.put("ms_per_batch_median", r.msPerBatch());
            row.put("ms_per_batch_min", r.msMin());
            row.put("ms_per_batch_max", r.msMax());
            row.put("repeats", r.repeats());
            row.put("batches_per_repeat", r.batches());
            row.put("ratio_to_library", r.ratio());
            rows.add(row);
        }
        root.put("results", rows);
        AtomicFile.writeString(file.toAbsolutePath(), ArchiveFormat.json().writeValueAsString(root) + "\n");
    }
}
