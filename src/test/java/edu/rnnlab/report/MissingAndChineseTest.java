package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty archive still gives a complete report; the Chinese report uses the course's terms. */
class MissingAndChineseTest {

    @TempDir
    Path tmp;

    @Test
    void emptyArchiveExplainsEveryItem() throws Exception {
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        ReportResult r =
                new ReportBuilder(new RunArchive(tmp.resolve("nothing-here")), options).build(tmp.resolve("out"));
        assertEquals(0, r.runsUsed());
        assertEquals(7, r.missing().size());
        Document doc = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")));
        assertEquals(5, doc.select(".section .missing").size() - 1, "items 1+2, 3, 4, 5+6, 7 plus the empty extras");
        assertTrue(doc.select("#item-1 #course-check").text().contains("not been run yet"));
        assertTrue(Files.notExists(tmp.resolve("out/report.pdf")));
    }

    @Test
    void unreadableRunBecomesANote() throws Exception {
        Path bad = tmp.resolve("runs/broken/run-1");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("summary.json"), "{ not json");
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        ReportResult r = new ReportBuilder(new RunArchive(tmp.resolve("runs")), options).build(tmp.resolve("out"));
        assertEquals(0, r.runsUsed());
        String summary = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")))
                .select("#summary .note")
                .text();
        assertTrue(summary.contains("broken"), summary);
    }

    @Test
    void plannedRunsMissingFromTheArchiveAreCounted() throws Exception {
        RunArchive archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive.Run run = new FakeArchive(archive).run("rnn-scratch", 1);
        run.test = FakeArchive.regression(1.05);
        run.write();
        String done = archive.readAll().get(0).summary().runId();
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(
                        archive, options, java.util.Set.of(done, "rnn-scratch-h32-0000-s2", "rnn-scratch-h32-0000-s3"))
                .build(tmp.resolve("out"));
        String summary = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")))
                .select("#summary")
                .text();
        assertTrue(summary.contains("2 of 3 planned runs are not in the archive"), summary);
    }

    @Test
    void chineseReport() throws Exception {
        var options = new ReportOptions("zh", true, true, false, null, null, null, null, List.of());
        new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(tmp.resolve("zh"));
        Document doc = Jsoup.parse(Files.readString(tmp.resolve("zh/index.html")));
        assertEquals("zh", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.selectFirst("#item-1 h2").text().contains("循环神经网络"));
        assertTrue(doc.select("#item-5 h2").text().contains("长短期记忆网络"));
        assertTrue(doc.text().contains("困惑度"));
        assertTrue(doc.selectFirst("#table-1 .caption").text().startsWith("表 1."));
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("zh/report.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 10);
            // The CJK font is bundled, so Chinese text is real text in every PDF, on every machine.
            assertTrue(new PDFTextStripper().getText(pdf).contains("循环神经网络"), "CJK font embedded");
        }
    }
}
