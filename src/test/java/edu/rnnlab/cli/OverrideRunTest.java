package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set key=value}: recorded in spec.yaml and provenance, a run id of its own, validated like the YAML. */
class OverrideRunTest {

    @TempDir
    Path home;

    @Test
    void anOverrideTrainsADistinctRunRecordedWithTheNewValue() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        CliRunner.Result plain = CliRunner.run(home, "run", "tiny", "--quiet");
        assertEquals(0, plain.exit(), plain.all());
        CliRunner.Result set =
                CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden=4", "--set", "train.lr=0.02");
        assertEquals(0, set.exit(), set.all());
        assertTrue(set.out().contains("1 trained, 0 skipped"), set.out());

        List<Path> runs = runs();
        assertEquals(2, runs.size(), runs.toString());
        Path overridden = runs.stream()
                .filter(p -> p.getFileName().toString().contains("-h4-"))
                .findFirst()
                .orElseThrow();
        Path original = runs.stream()
                .filter(p -> p.getFileName().toString().contains("-h8-"))
                .findFirst()
                .orElseThrow();
        assertNotEquals(hash(original), hash(overridden));

        JsonNode spec =
                ArchiveFormat.yaml().readTree(overridden.resolve("spec.yaml").toFile());
        assertEquals(4, spec.at("/model/hidden").asInt());
        assertEquals(0.02, spec.at("/train/lr").asDouble());
        assertEquals(4, spec.at("/overrides/hidden").asInt());
        JsonNode provenance = ArchiveFormat.json()
                .readTree(overridden.resolve("provenance.json").toFile());
        assertEquals(4, provenance.at("/overrides/hidden").asInt());
        assertTrue(ArchiveFormat.yaml()
                .readTree(original.resolve("spec.yaml").toFile())
                .path("overrides")
                .isMissingNode());

        CliRunner.Result again =
                CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden=4", "--set", "train.lr=0.02");
        assertTrue(again.out().contains("0 trained, 1 skipped"), again.out());
    }

    @Test
    void anOverrideThatRepeatsTheSpecsValueStillGetsItsOwnRun() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        assertEquals(0, CliRunner.run(home, "run", "tiny", "--quiet").exit());
        CliRunner.Result same = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden=8");
        assertTrue(same.out().contains("1 trained, 0 skipped"), same.out());
    }

    @Test
    void aBadValueIsExitCode2NamingTheSetAndTheKey() {
        TinySpecs.write(home.resolve("experiments"), "a.yaml", TinySpecs.airQuality("tiny", 1, "scratch"));
        CliRunner.Result negative = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden=-1");
        assertEquals(2, negative.exit(), negative.all());
        assertTrue(
                negative.err().contains("--set hidden=-1")
                        && negative.err().contains("models[0].hidden")
                        && negative.err().contains("'-1'")
                        && negative.err().contains("1 or more"),
                negative.err());

        CliRunner.Result word = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "models[0].hidden=big");
        assertEquals(2, word.exit(), word.all());
        assertTrue(
                word.err().contains("--set models[0].hidden=big") && word.err().contains("'big'"), word.err());

        CliRunner.Result unknown = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hiden=4");
        assertEquals(2, unknown.exit(), unknown.all());
        assertTrue(unknown.err().contains("'hiden'") && unknown.err().contains("hidden"), unknown.err());

        CliRunner.Result model = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "models[3].hidden=4");
        assertEquals(2, model.exit(), model.all());
        assertTrue(model.err().contains("models[0] to models[0]"), model.err());

        CliRunner.Result malformed = CliRunner.run(home, "run", "tiny", "--quiet", "--set", "hidden");
        assertEquals(2, malformed.exit(), malformed.all());
        assertTrue(malformed.err().contains("key=value"), malformed.err());
        assertTrue(runs().isEmpty(), "nothing trained after a bad --set");
    }

    private List<Path> runs() {
        Path dir = home.resolve("reports/runs/tiny");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String hash(Path run) {
        String name = run.getFileName().toString();
        return name.substring(name.indexOf("-h") + 4, name.lastIndexOf("-s"));
    }
}
