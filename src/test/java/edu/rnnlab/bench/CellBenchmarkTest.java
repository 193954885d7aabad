package edu.rnnlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.Implementation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoke run of the benchmark: every cell trains on both shapes and the table names the threads. */
class CellBenchmarkTest {

    @Test
    void measuresEveryCellAndRendersATable() {
        List<BenchResult> results = CellBenchmark.run(CellBenchmark.Settings.quick(), List.of(BenchShape.values()));
        assertEquals(12, results.size());
        for (BenchResult r : results) {
            assertTrue(r.throughput() > 0 && r.msPerBatch() > 0, r.toString());
            assertTrue(r.msMin() <= r.msPerBatch() && r.msPerBatch() <= r.msMax(), "median within the spread: " + r);
            assertTrue(r.throughputMin() <= r.throughput() && r.throughput() <= r.throughputMax(), r.toString());
            if (r.impl() == Implementation.LIBRARY) {
                assertEquals(1.0, r.ratio(), 1e-12);
            }
        }
        assertEquals("tokens", results.get(results.size() - 1).unit());
        String table = CellBenchmark.render(results);
        assertTrue(table.contains("intra-op threads "), table);
        assertTrue(table.contains("language-model") && table.contains("LSTM  scratch"), table);
    }
}
