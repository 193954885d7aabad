package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** archive -> verify of the zip reproduces PASS; report --from renders a bundle; changed data is exit 2. */
class ArchiveVerifyTest {

    @TempDir
    Path home;

    @Test
    void aBundleHoldsReportRunsAndSpecsAndVerifiesFromTheZip() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        assertEquals(0, CliRunner.run(home, "run", "--quiet", "--seeds", "2").exit());
        assertEquals(0, CliRunner.run(home, "report", "--format", "html").exit());
        Path zip = home.resolve("out/b.zip");
        CliRunner.Result archive = CliRunner.run(home, "archive", "--out", zip.toString());
        assertEquals(0, archive.exit(), archive.all());
        assertTrue(archive.out().contains("2 runs"), archive.out());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names =
                    Collections.list(z.entries()).stream().map(e -> e.getName()).toList();
            assertTrue(
                    names.containsAll(
                            List.of("README.txt", "report/index.html", "runs/index.csv", "experiments/a.yaml")),
                    names.toString());
            assertTrue(names.stream().filter(n -> n.endsWith("/spec.yaml")).count() == 2, names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("/.")), "no hidden files: " + names);
            String readme =
                    new String(z.getInputStream(z.getEntry("README.txt")).readAllBytes());
            assertTrue(readme.contains("rnnlab verify b.zip --sample 3"), readme);
        }

        CliRunner.Result verify = CliRunner.run(home, "verify", zip.toString(), "--sample", "1", "--seed", "3");
        assertEquals(0, verify.exit(), verify.all());
        assertTrue(verify.out().contains("verifying 1 of 2 runs (random sample, --seed 3)"), verify.out());
        assertEquals(
                1, verify.out().lines().filter(l -> l.startsWith("PASS  tiny/")).count(), verify.out());
        assertTrue(verify.out().contains("1 of 1 runs reproduced"), verify.out());

        CliRunner.Result from = CliRunner.run(home, "report", "--from", zip.toString(), "--format", "html");
        assertEquals(0, from.exit(), from.all());
        assertTrue(Files.isRegularFile(home.resolve("reports/from-b/lab4/index.html")), from.out());
        assertTrue(from.out().contains("Report from 2 runs"), from.out());
    }

    @Test
    void aDataFileWithAnotherSha256IsExitCode2NamingIt() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        assertEquals(0, CliRunner.run(home, "run", "--quiet").exit());
        Path run;
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs/tiny"))) {
            run = runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst()
                    .orElseThrow();
        }
        Path provenance = run.resolve("provenance.json");
        ObjectNode tree = (ObjectNode) ArchiveFormat.json().readTree(provenance.toFile());
        ObjectNode first = (ObjectNode) tree.at("/data/files").get(0);
        String file = Path.of(first.get("path").asText()).getFileName().toString();
        first.put("sha256", "0".repeat(64));
        ArchiveFormat.json().writeValue(provenance.toFile(), tree);

        CliRunner.Result verify = CliRunner.run(home, "verify", "tiny");
        assertEquals(2, verify.exit(), verify.all());
        assertTrue(
                verify.err().contains(file)
                        && verify.err().contains("sha256")
                        && verify.err().contains("0".repeat(64)),
                verify.err());
    }
}
