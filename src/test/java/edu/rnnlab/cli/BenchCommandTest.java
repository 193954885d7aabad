package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.rnnlab.testkit.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} narrowed to one shape and one cell, with the results written as JSON. */
class BenchCommandTest {

    @TempDir
    Path home;

    @Test
    void oneShapeAndOneCellWithJson() throws Exception {
        Path json = home.resolve("bench.json");
        CliRunner.Result result = CliRunner.run(
                home, "bench", "--quick", "--shape", "regression", "--cell", "gru", "--json", json.toString());
        assertEquals(0, result.exit(), result.all());
        assertTrue(result.out().contains("min - max"), result.out());
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("results");
        assertEquals(2, rows.size(), "library and hand-written GRU only: " + rows);
        for (JsonNode row : rows) {
            assertEquals("regression", row.get("shape").asText());
            assertEquals("gru", row.get("cell").asText());
            assertTrue(
                    row.get("throughput_min").asDouble()
                                    <= row.get("throughput_median").asDouble()
                            && row.get("throughput_median").asDouble()
                                    <= row.get("throughput_max").asDouble(),
                    row.toString());
        }
    }

    @Test
    void anUnknownShapeIsBadInput() {
        CliRunner.Result result = CliRunner.run(home, "bench", "--shape", "huge");
        assertEquals(2, result.exit(), result.all());
        assertTrue(result.err().contains("--shape must be regression or language-model"), result.err());
    }
}
