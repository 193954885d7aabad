package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.data.DataFolder;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --version with the commit, typo suggestions, enum choices in help, completion, list counts, data folder scan. */
class CommandLineMannersTest {

    @TempDir
    Path home;

    @Test
    void versionNamesTheCommitAndTheLibraries() {
        CliRunner.Result r = CliRunner.run(home, "--version");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().matches("(?s)rnnlab \\d+\\.\\d+\\.\\d+, commit [0-9a-f]{7}.*"), r.out());
        assertTrue(
                r.out().contains("DJL 0.36.0, PyTorch 2.7.1") && r.out().contains(System.getProperty("os.arch")),
                r.out());
    }

    @Test
    void aTypoGetsADidYouMeanAndNeverRnnlabRnnlab() {
        CliRunner.Result r = CliRunner.run(home, "repot");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean") && r.err().contains("report"), r.err());
        assertTrue(r.err().contains("Try 'rnnlab --help'") && !r.err().contains("rnnlab rnnlab"), r.err());
        CliRunner.Result option = CliRunner.run(home, "run", "--profil", "quick");
        assertEquals(2, option.exit());
        assertTrue(
                option.err().contains("--profile") && option.err().contains("Try 'rnnlab run --help'"), option.err());
        CliRunner.Result value = CliRunner.run(home, "run", "--profile", "quik");
        assertEquals(2, value.exit());
        assertTrue(value.err().contains("quick, standard, full"), value.err());
    }

    @Test
    void helpListsTheChoicesAndShowsExamples() {
        String run = CliRunner.run(home, "run", "--help").out();
        assertTrue(
                run.contains("quick, standard, full")
                        && run.contains("cpu, gpu, auto")
                        && run.contains("Examples:")
                        && run.contains("--set hidden=16"),
                run);
        String report = CliRunner.run(home, "report", "--help").out();
        assertTrue(report.contains("en, zh") && report.contains("html, pdf") && report.contains("--from"), report);
        CliRunner.Result completion = CliRunner.run(home, "generate-completion");
        assertEquals(0, completion.exit(), completion.all());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("compare"), "bash completion");
    }

    @Test
    void listAlignsIdsAndCountsDoneAndMissingRuns() {
        TinySpecs.write(
                home.resolve("experiments"),
                "a.yaml",
                TinySpecs.airQuality("a-rather-long-experiment-id", 1, "scratch"));
        TinySpecs.write(home.resolve("experiments"), "b.yaml", TinySpecs.airQuality("b", 2, "scratch"));
        assertEquals(
                0, CliRunner.run(home, "run", "b", "--quiet", "--seeds", "2").exit());
        CliRunner.Result r = CliRunner.run(home, "list", "--seeds", "3");
        assertEquals(0, r.exit(), r.all());
        String[] lines = r.out().lines().filter(l -> l.startsWith("  ")).toArray(String[]::new);
        assertEquals(3, lines.length, r.out());
        int column = lines[0].indexOf("ITEM");
        assertEquals(column, lines[1].indexOf(" 1 ") + 1, r.out());
        assertTrue(lines[2].matches("\\s+b\\s+2\\s+airquality\\s+3\\s+2\\s+1\\s+0\\s+RNN \\(scratch\\)"), lines[2]);
        assertTrue(lines[1].matches(".*airquality\\s+3\\s+0\\s+3\\s+0\\s+.*"), lines[1]);
    }

    @Test
    void aDataFolderSkipsTheBuiltInDataBelowIt() throws Exception {
        Path data = home.resolve("data");
        Files.createDirectories(data.resolve("generated/pems-2017"));
        Files.writeString(data.resolve("generated/pems-2017/PEMS04.npz"), "built-in");
        Files.createDirectories(data.resolve("course"));
        Files.writeString(data.resolve("course/PEMS08.npz"), "course");
        DataFolder folder = DataFolder.scan(data);
        assertFalse(folder.file("pems04.npz").isPresent(), folder.files().toString());
        assertTrue(folder.file("pems08.npz").isPresent(), folder.files().toString());
        assertTrue(
                folder.notes().stream().anyMatch(n -> n.contains("built-in")),
                folder.notes().toString());
    }
}
