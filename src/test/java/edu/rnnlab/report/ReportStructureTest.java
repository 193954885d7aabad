package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report read as a grader reads it, end to end from a small archive: the sections in the
 * assignment's order with items 1+2 and 5+6 paired, every results table with its trivial baselines,
 * an analysis paragraph closing every experiment, the conclusions, figures named after what they
 * show and none drawn twice, and a PDF whose length stays in range.
 */
class ReportStructureTest {

    @TempDir
    static Path tmp;

    static Document doc;
    static ReportResult result;
    static int pages;

    @BeforeAll
    static void build() throws Exception {
        Path out = tmp.resolve("report");
        var options = new ReportOptions("en", true, true, false, null, null, null, null, List.of());
        result = new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(out);
        doc = Jsoup.parse(Files.readString(out.resolve("index.html")));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
    }

    @Test
    void itemsOneAndTwoAndFiveAndSixArePaired() {
        // The order of all sections is ReportBuilderTest's; here the pairs and what closes the body.
        assertTrue(doc.selectFirst("#item-1 h2").text().startsWith("Items 1 and 2."));
        assertTrue(doc.selectFirst("#item-5 h2").text().startsWith("Items 5 and 6."));
        assertTrue(doc.select("#item-2, #item-6").isEmpty(), "no separate sections for items 2 and 6");
        assertEquals(1, doc.select("#item-1 .block h4:contains(Setup)").size(), "one setup for items 1 and 2");
    }

    @Test
    void everyResultsTableHasItsBaselineRows() {
        List<Element> results = doc.select(".table-wrap").stream()
                .filter(t -> t.select(".caption").text().contains("Test results"))
                .toList();
        assertFalse(results.isEmpty());
        for (Element t : results) {
            // The fixture's text model has unigram/bigram, the series persistence: every table has some.
            assertTrue(t.text().contains("Baseline:"), t.select(".caption").text());
        }
    }

    @Test
    void everyExperimentEndsWithAnAnalysisParagraph() {
        for (Element block : doc.select(".block:has(h4)")) {
            if (block.select("h4").eachText().contains("Results")) {
                Element analysis = block.selectFirst("p.analysis");
                assertTrue(
                        analysis != null && analysis.text().length() > 80,
                        block.selectFirst("h3").text());
            }
        }
        assertTrue(doc.select("ul.observations").isEmpty(), "sentences, not bullets");
    }

    @Test
    void conclusionsAnswerTheAssignmentsQuestions() {
        String text = doc.selectFirst("#conclusions").text();
        for (String topic : List.of(
                "Accuracy.",
                "Loss behaviour.",
                "Training time.",
                "Hand-written against library.",
                "Hyper-parameters.",
                "LSTM against GRU.")) {
            assertTrue(text.contains(topic), topic + " in: " + text);
        }
    }

    @Test
    void figuresAreNamedAndNoneIsDrawnTwice() {
        List<String> names =
                result.charts().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("figure-")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.matches("(item\\d|extra)-[a-z0-9-]+\\.(svg|png)")), names.toString());
        Set<String> images = new HashSet<>();
        for (Element img : doc.select("figure img")) {
            assertTrue(images.add(img.attr("src")), "a figure drawn twice: " + img.attr("alt"));
        }
        assertEquals(names.size() / 2, images.size(), "every chart file is a figure of the report");
    }

    @Test
    void thePdfStaysShort() {
        // The fixture is a small lab: the whole report, appendix included, fits well within the
        // standard profile's budget of 24 body pages and 4 appendix pages.
        assertTrue(pages >= 8 && pages <= 28, pages + " pages");
    }
}
