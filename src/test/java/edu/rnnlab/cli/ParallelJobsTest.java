package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jobs 2} (worker processes) and {@code --jobs 1} (in this process) give the same archive:
 * every file of every run, byte for byte, except the timings, the clock times, the command line and
 * the recorded {@code jobs} (and the timing pass's measurements). The tiny lab includes dropout between stacked layers (libtorch's global
 * generator), a library unit and two seeds, so that any order dependence would show.
 */
class ParallelJobsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void twoJobsWriteTheSameArchiveAsOneJob() throws IOException {
        Path registry = home.resolve("experiments");
        TinySpecs.write(registry, "1.yaml", TinySpecs.airQuality("tiny-scratch", 1, "scratch"));
        TinySpecs.write(registry, "2.yaml", TinySpecs.airQuality("tiny-library", 2, "library"));
        TinySpecs.write(
                registry,
                "3.yaml",
                "id: tiny-stacked\nitem: 5\ntitle: { en: \"Tiny stacked\", zh: \"小型多层\" }\n"
                        + "dataset: { kind: airquality, window: 6, limit_windows: 256 }\n"
                        + "models:\n  - { cell: lstm, impl: scratch, hidden: 8, layers: 2, dropout: 0.3 }\n"
                        + "  - { cell: gru, impl: scratch, hidden: 8 }\n"
                        + "train: { epochs: 2, batch: 32, lr: 0.01 }\nseeds: 2\n");

        CliRunner.Result one = CliRunner.run(
                home,
                "lab",
                "--quiet",
                "--jobs",
                "1",
                "--format",
                "html",
                "--reports",
                home.resolve("one").toString());
        assertEquals(0, one.exit(), one.all());
        CliRunner.Result two = CliRunner.run(
                home,
                "lab",
                "--quiet",
                "--jobs",
                "2",
                "--format",
                "html",
                "--reports",
                home.resolve("two").toString());
        assertEquals(0, two.exit(), two.all());
        assertTrue(two.out().contains("6 trained, 0 skipped, 0 diverged, 0 failed"), two.out());
        assertTrue(two.out().contains("Slowest runs:"), "the time breakdown is printed: " + two.out());

        List<Path> runsOne = runDirs(home.resolve("one/runs"));
        List<Path> runsTwo = runDirs(home.resolve("two/runs"));
        assertEquals(6, runsOne.size());
        assertEquals(names(runsOne), names(runsTwo), "the same run ids");
        for (int i = 0; i < runsOne.size(); i++) {
            Path a = runsOne.get(i);
            Path b = runsTwo.get(i);
            assertEquals(fileNames(a), fileNames(b), a.toString());
            for (String file : List.of("spec.yaml", "predictions.csv", "model.params")) {
                assertArrayEquals(
                        Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), a + " " + file);
            }
            assertEquals(
                    withoutTimings(a.resolve("metrics.csv")), withoutTimings(b.resolve("metrics.csv")), a.toString());
            assertEquals(
                    json(a, "summary.json", "throughput", "seconds_per_epoch", "total_seconds"),
                    json(b, "summary.json", "throughput", "seconds_per_epoch", "total_seconds"),
                    a.toString());
            String[] clock = {"started_at", "ended_at", "command_line", "jobs"};
            assertEquals(json(a, "provenance.json", clock), json(b, "provenance.json", clock), a.toString());
            assertEquals(
                    1,
                    JSON.readTree(a.resolve("provenance.json").toFile())
                            .get("jobs")
                            .asInt());
            assertEquals(
                    2,
                    JSON.readTree(b.resolve("provenance.json").toFile())
                            .get("jobs")
                            .asInt(),
                    "trained by a worker process of a 2-job lab");
            JsonNode timing = JSON.readTree(b.resolve("timing.json").toFile());
            assertTrue(
                    timing.get("throughput").asDouble() > 0
                            && timing.get("min_throughput").asDouble()
                                    <= timing.get("throughput").asDouble(),
                    timing.toString());
        }
        String page = Files.readString(home.resolve("two/lab4/index.html"));
        assertTrue(
                page.contains("timing pass after training") && page.contains("up to 2 runs at a time"),
                "the appendix says how speeds were measured");
    }

    private static List<Path> runDirs(Path archive) throws IOException {
        try (Stream<Path> walk = Files.walk(archive, 2)) {
            return walk.filter(p -> Files.isRegularFile(p.resolve("summary.json")))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> names(List<Path> dirs) {
        return dirs.stream()
                .map(p -> p.getParent().getFileName() + "/" + p.getFileName())
                .toList();
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The CSV without its last two columns, {@code seconds} and {@code throughput}. */
    private static String withoutTimings(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",seconds,throughput"), lines.get(0));
        return lines.stream()
                .map(l -> l.substring(0, l.lastIndexOf(',', l.lastIndexOf(',') - 1)))
                .collect(Collectors.joining("\n"));
    }

    private static JsonNode json(Path dir, String file, String... drop) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
        node.remove(List.of(drop));
        return node;
    }
}
