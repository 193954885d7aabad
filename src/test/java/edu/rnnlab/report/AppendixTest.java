package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix stays short and private: one run-table row per configuration (seeds collapsed), a title
 * block without checksums, and no absolute path of the machine that ran the lab anywhere in the report.
 */
class AppendixTest {

    @TempDir
    static Path tmp;

    static List<ArchivedRun> runs;
    static String html;
    static Document doc;

    @BeforeAll
    static void build() throws Exception {
        RunArchive archive = LabFixture.write(tmp.resolve("runs"));
        // One more run whose data file was read from an absolute path under the archive's temp dir.
        FakeArchive.Run extra = new FakeArchive(archive).run("char-lm", 0);
        extra.seed = 2;
        extra.data = new DataSource(
                true,
                "built-in text",
                List.of(new DataFile(tmp.resolve("data/text/timemachine.txt").toString(), 178_979, "cd".repeat(32))));
        extra.write();
        runs = archive.readAll();
        var options = new ReportOptions(
                "en",
                true,
                false,
                true,
                null,
                null,
                null,
                "./rnnlab report --reports " + tmp.resolve("reports") + " --data-dir=" + tmp.resolve("data"),
                List.of());
        new ReportBuilder(archive, options).build(tmp.resolve("report"));
        html = Files.readString(tmp.resolve("report/index.html"), StandardCharsets.UTF_8);
        doc = Jsoup.parse(html);
    }

    @Test
    void theRunTableHasOneRowPerConfiguration() {
        Set<String> configurations = runs.stream()
                .map(r -> r.spec().experiment() + "|" + r.spec().model().label() + "|"
                        + new TreeMap<>(r.spec().sweep()))
                .collect(Collectors.toSet());
        List<Element> rows = doc.select("#appendix-runs table.data tbody tr");
        assertEquals(
                configurations.size(), rows.size(), doc.select("#appendix-runs").text());
        assertTrue(rows.size() < runs.size(), "seeds are collapsed: " + rows.size() + " rows for " + runs.size());

        // gates-scratch LSTM: seeds 1-3, the third diverged; its runs are found by the id pattern.
        Element lstm = rows.stream()
                .filter(r -> r.text().contains("gates-scratch-LSTMscratch-s*"))
                .findFirst()
                .orElseThrow();
        assertEquals("1\u20133", lstm.child(3).text());
        assertEquals("2/3 completed; s3 diverged", lstm.child(4).text());
        // The experiment is named on its first row only.
        long named = rows.stream()
                .filter(r -> r.child(0).text().equals("lstm-vs-gru"))
                .count();
        assertEquals(1, named);
        assertTrue(doc.select("#appendix-runs").text().contains("reports/runs/index.csv"));
    }

    @Test
    void noAbsolutePathOfTheUsersMachineAnywhere() throws Exception {
        String root = tmp.toString();
        assertFalse(html.contains(root), "absolute path in index.html");
        String md = Files.readString(tmp.resolve("report/report.md"), StandardCharsets.UTF_8);
        assertFalse(md.contains(root), "absolute path in report.md");
        String appendix = doc.select("#appendix").text();
        assertTrue(appendix.contains("text/timemachine.txt"), appendix);
        assertTrue(appendix.contains("./rnnlab report --reports \u2026/reports --data-dir=\u2026/data"), appendix);
    }

    @Test
    void commandsReproduceOneRunAndTheWholeReport() {
        String commands = doc.select("#appendix-commands pre").text();
        assertTrue(commands.contains("./rnnlab run sweep"), commands); // the most frequent training command
        assertTrue(commands.contains("and 5 other command(s)"), commands);
        assertTrue(commands.contains("./rnnlab report --reports"), commands);
        assertTrue(commands.contains("./rnnlab verify reports/runs/<experiment>/<run-id>"), commands);
        assertTrue(commands.contains("./rnnlab verify reports/runs/rnn-scratch/rnn-scratch-RNNscratch-s1"), commands);
        assertTrue(commands.contains("./rnnlab run rnn-scratch --profile quick --seed 1 --seeds 1"), commands);
    }

    @Test
    void theTitleBlockNamesTheKindOfDataWithoutChecksums() {
        String title = doc.select("table.title-block").text();
        assertTrue(
                title.contains(
                        "Data used Course files: 1 data set(s), 1 file(s); built-in data: 2 data set(s), 2 file(s)"
                                + " (files and checksums in the appendix) Profile quick Device"),
                title);
        assertFalse(title.contains("sha256") || title.contains("abababab"), title);
    }

    @Test
    void aDataFileIsShownByItsFolderAndName() {
        assertEquals(
                "foursquare-nyc-sample/FS_NYC_sample.csv",
                DataFileRow.shown("/home/student/lab4/foursquare-nyc-sample/FS_NYC_sample.csv"));
        assertEquals("lab4/january-2017.csv", DataFileRow.shown("C:\\Users\\me\\lab4\\january-2017.csv"));
        assertEquals("timemachine.txt", DataFileRow.shown("timemachine.txt"));
        assertEquals("timemachine.txt", DataFileRow.shown("/timemachine.txt"));
    }

    @Test
    void aCommandKeepsItsArgumentsButNotTheUsersFolders() {
        assertEquals(
                "./rnnlab report --reports \u2026/out --data-dir=\u2026/data --profile quick",
                CommandText.withoutAbsolutePaths(
                        "./rnnlab report --reports /home/me/lab4/out --data-dir=C:\\Users\\me\\data --profile quick"));
        assertEquals("./rnnlab lab --quiet", CommandText.withoutAbsolutePaths("./rnnlab lab --quiet"));
    }
}
