package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.Protocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6's comparison of all six cells (from {@link LabFixture}, which has all six) and, on a small
 * archive with only two of them, the missing-cell message and the check-in data summary in Setup.
 */
class AllCellsTest {

    /** A check-in data summary as the runner writes it, with a data string that must be escaped. */
    static final String DATA_SUMMARY = "users 289 kept, 10 skipped\nvenue " + LabFixture.NASTY
            + "\ntrain   26034 check-ins   22566 windows, unknown targets 0.5%";

    @TempDir
    static Path tmp;

    static Document full;
    static Document partial;
    static String partialHtml;

    @BeforeAll
    static void build() throws Exception {
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(tmp.resolve("full"));
        full = Jsoup.parse(Files.readString(tmp.resolve("full/index.html"), StandardCharsets.UTF_8));
        new ReportBuilder(partialArchive(tmp.resolve("partial-runs")), options).build(tmp.resolve("partial"));
        partialHtml = Files.readString(tmp.resolve("partial/index.html"), StandardCharsets.UTF_8);
        partial = Jsoup.parse(partialHtml);
    }

    /** Hand-written RNN (item 1), library GRU (item 6), a course-protocol LSTM to ignore, one check-in run. */
    private static RunArchive partialArchive(Path root) {
        RunArchive archive = new RunArchive(root);
        FakeArchive fake = new FakeArchive(archive);
        for (int s = 1; s <= 2; s++) {
            FakeArchive.Run r = fake.run("rnn-scratch", 1);
            r.seed = s;
            r.test = FakeArchive.regression(1.05 + 0.01 * s);
            r.secondsPerEpoch = 2.0;
            r.write();
            FakeArchive.Run g = fake.run("gates-library", 6).model(CellType.GRU, Implementation.LIBRARY);
            g.seed = s;
            g.test = FakeArchive.regression(1.04 + 0.01 * s);
            g.secondsPerEpoch = 0.5;
            g.write();
        }
        FakeArchive.Run course = fake.run("course-example", 2)
                .model(CellType.LSTM, Implementation.SCRATCH)
                .protocol(Protocol.COURSE_EXAMPLE);
        course.test = FakeArchive.regression(1.0);
        course.write();
        FakeArchive.Run checkin = fake.run("checkin", 4).model(CellType.LSTM, Implementation.LIBRARY);
        checkin.dataset = DatasetSpec.of(DatasetKind.CHECKIN);
        checkin.test = Map.of("acc1", 0.2, "acc5", 0.4);
        checkin.extras = Map.of("data_summary", DATA_SUMMARY, "vocabulary", "1084");
        checkin.write();
        return archive;
    }

    @Test
    void sixCellTableHasOneRowPerCellAndImplementation() {
        Element table = cellsTable(full);
        List<String> rows = table.select("tbody tr").stream()
                .map(tr -> tr.child(0).text() + " " + tr.child(1).text() + " "
                        + tr.child(2).text())
                .toList();
        assertEquals(
                List.of(
                        "RNN hand-written 1",
                        "RNN library 2",
                        "GRU hand-written 5",
                        "GRU library 6",
                        "LSTM hand-written 5",
                        "LSTM library 6"),
                rows);
        Element rnn = table.select("tbody tr").get(0);
        assertTrue(rnn.text().contains("1.050 ± 0.0023"), rnn.text());
        assertTrue(rnn.text().contains("2.10 (2.0–2.2)"), rnn.text());
        assertTrue(rnn.text().contains("1\u2009266"), rnn.text());
        assertEquals("2.8× slower", rnn.child(rnn.childrenSize() - 1).text());
        Element lstm = table.select("tbody tr").get(4);
        assertEquals("2/3", lstm.child(3).text(), "the diverged seed is counted, not averaged");
        assertEquals("3.5× slower", lstm.child(lstm.childrenSize() - 1).text());
        Element best = table.selectFirst("strong.best").closest("tr");
        assertEquals("GRU library", best.child(0).text() + " " + best.child(1).text());
        assertFalse(full.select("#all-cells").text().contains("Missing from this comparison"));
        assertEquals(1, full.select("#all-cells figure").size());
    }

    @Test
    void observationsJudgeAgainstTheSeedSpreadAndGiveSpeedRatios() {
        String obs = full.select("#all-cells p.analysis").text();
        assertTrue(
                obs.contains("Of the 6 cells, the library GRU was best on validation RMSE; its test RMSE is 1.044"),
                obs);
        assertTrue(obs.contains("RNN 2.8× slower, GRU 3.3× slower, LSTM 3.5× slower"), obs);
        assertTrue(obs.contains("3 cell(s) not significantly worse, 2 significantly worse"), obs);
        assertTrue(obs.contains("Welch t-test, 3 vs 2 seeds, p = 0.035"), obs);
        assertTrue(full.selectFirst("#table-1")
                .text()
                .contains("All 6 cells: the library GRU is best on validation RMSE"));
        assertTrue(full.select("#item-5 .block").last().id().equals("all-cells"), "closes items 5 and 6");
    }

    @Test
    void missingCellsAreNamedAndCourseRunsLeftOut() {
        String section = partial.select("#all-cells").text();
        assertTrue(
                section.contains("Missing from this comparison: library RNN, hand-written GRU, "
                        + "hand-written LSTM, library LSTM."),
                section);
        assertEquals(2, cellsTable(partial).select("tbody tr").size());
        assertTrue(section.contains("Of the 2 cells, the library GRU was best on validation RMSE"), section);
        assertFalse(section.contains("Per training epoch"), "no cell has both implementations, so no ratio");
    }

    @Test
    void checkinDataSummaryIsShownPreformattedAndEscaped() {
        Element pre = partial.selectFirst("#exp-checkin table.kv-setup pre.cell-pre");
        assertNotNull(pre, "data summary row");
        assertEquals(DATA_SUMMARY, pre.wholeText());
        assertFalse(partialHtml.contains(LabFixture.NASTY));
        assertTrue(partialHtml.contains("venue &lt;b&gt;Café &amp; Bar&lt;/b&gt;"));
        assertTrue(partial.select("#exp-checkin table.kv-setup").text().contains("Vocabulary 1\u2009084"));
    }

    private static Element cellsTable(Document doc) {
        return doc.select("#all-cells .table-wrap").stream()
                .filter(t -> t.text().contains("All six cells on the same data"))
                .findFirst()
                .orElseThrow();
    }
}
