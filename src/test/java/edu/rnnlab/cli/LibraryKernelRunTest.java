package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.model.cell.ScratchRecurrent;
import edu.rnnlab.model.library.KernelCheck;
import edu.rnnlab.model.library.KernelComparison;
import edu.rnnlab.model.library.LibraryRecurrent;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a library LSTM at hidden 16 (a size oneDNN's AVX-512 inference kernel gets wrong) records
 * its kernel check, takes the safe path exactly when this machine's raw kernel is wrong, and reaches the
 * hand-written LSTM's test score with the same seed.
 */
class LibraryKernelRunTest {

    @TempDir
    Path home;

    @Test
    void theLibraryLstmMatchesTheHandWrittenOneAndTheCheckIsRecorded() throws Exception {
        String spec = TinySpecs.airQuality("odd", 6, "scratch")
                .replace(
                        "models:\n  - { cell: rnn, impl: scratch, hidden: 8 }\n",
                        "models:\n  - { cell: lstm, impl: scratch, hidden: 16 }\n  - { cell: lstm, impl: library, hidden: 16 }\n");
        TinySpecs.write(home.resolve("experiments"), "odd.yaml", spec);
        CliRunner.Result result = CliRunner.run(home, "run", "odd", "--quiet");
        assertEquals(0, result.exit(), result.all());

        KernelComparison raw = KernelCheck.compare(
                LibraryRecurrent.block(CellType.LSTM, 16, 1, 0f),
                new ScratchRecurrent(CellType.LSTM, GruForm.RESET_AFTER, 16, 1, 0f),
                1,
                16,
                1,
                2);
        Map<String, Double> rmse = new HashMap<>();
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs/odd"))) {
            for (Path run : runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList()) {
                JsonNode provenance = ArchiveFormat.json()
                        .readTree(run.resolve("provenance.json").toFile());
                JsonNode checks = provenance.get("kernel_checks");
                String impl = run.getFileName().toString().contains("library") ? "library" : "scratch";
                if (impl.equals("library")) {
                    assertEquals(1, checks.size(), provenance.toString());
                    assertEquals(
                            !raw.inferenceAgrees(),
                            checks.get(0).get("remedied").asBoolean(),
                            "the safe path is taken exactly when this CPU's raw kernel is wrong: " + raw);
                } else {
                    assertEquals(0, checks.size(), "hand-written units are the reference, not checked");
                }
                JsonNode summary = ArchiveFormat.json()
                        .readTree(run.resolve("summary.json").toFile());
                rmse.put(impl, summary.get("test").get("rmse").asDouble());
            }
        }
        assertEquals(rmse.get("scratch"), rmse.get("library"), 1e-5, "same seed, same function: " + rmse);
    }
}
