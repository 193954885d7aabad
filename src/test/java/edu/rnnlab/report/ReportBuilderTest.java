package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English HTML report built from {@link LabFixture}: structure, numbers, escaping, missing items. */
class ReportBuilderTest {

    @TempDir
    static Path tmp;

    static ReportResult result;
    static String html;
    static Document doc;

    @BeforeAll
    static void build() throws Exception {
        var archive = LabFixture.write(tmp.resolve("runs"));
        var options = new ReportOptions(
                "en",
                true,
                false,
                false,
                "Ada Lovelace",
                null,
                null,
                "./rnnlab lab --profile quick",
                List.of("no check-in data found; run with --data-dir"));
        result = new ReportBuilder(archive, options).build(tmp.resolve("report"));
        html = Files.readString(tmp.resolve("report/index.html"), StandardCharsets.UTF_8);
        doc = Jsoup.parse(html);
    }

    @Test
    void writesHtmlAndChartsAndCountsRuns() {
        assertTrue(result.written().contains(tmp.resolve("report/index.html")));
        assertFalse(Files.exists(tmp.resolve("report/report.pdf")), "pdf=false writes no PDF");
        assertTrue(result.written().stream().anyMatch(p -> p.toString().endsWith(".png")));
        assertTrue(result.written().stream().anyMatch(p -> p.toString().endsWith(".svg")));
        assertEquals(43, result.runsUsed());
    }

    @Test
    void sectionsAppearInOrder() {
        List<String> ids = doc.select("section.section").eachAttr("id");
        assertEquals(
                List.of(
                        "summary",
                        "theory",
                        "item-1",
                        "item-3",
                        "item-4",
                        "item-5",
                        "item-7",
                        "extras",
                        "conclusions",
                        "appendix"),
                ids);
        assertEquals(ids.size(), doc.select("nav.toc li.toc-level-1").size());
        assertTrue(doc.select("#item-1 h3").text().contains("Reproducing the teacher's worked example"));
        assertTrue(doc.select("#item-1 h2").text().startsWith("Items 1 and 2."), "items 1 and 2 are one section");
    }

    @Test
    void missingItemIsExplainedWithTheRunnersNote() {
        assertEquals(1, result.missing().size());
        assertEquals(4, result.missing().get(0).item());
        assertTrue(result.missing().get(0).reason().contains("no check-in data found"));
        Element missing = doc.selectFirst("#item-4 .missing");
        assertTrue(missing.text().contains("no check-in data found"), missing.text());
        assertTrue(missing.text().contains("./rnnlab run <id>"), missing.text());
        assertTrue(doc.selectFirst("#table-1").text().contains("Not run"));
    }

    @Test
    void resultsTableShowsMeanStdBestInBoldAndBaselines() {
        Element results = resultsTable("item-1");
        String text = results.text();
        // Items 1 and 2 share one results table: the hand-written and the library RNN, and the baselines.
        assertTrue(text.contains("1.050 ± 0.0023") && text.contains("1.047 ± 0.0011"), text);
        assertTrue(text.contains("Baseline: persistence"), text);
        assertTrue(text.contains("1.320"), text);
        assertEquals("1.047 ± 0.0011", results.selectFirst("strong.best").text());
        assertEquals(
                1,
                doc.select("#item-1 .table-wrap").stream()
                        .filter(t -> t.text().contains("Test results"))
                        .count(),
                "one results table for items 1 and 2");
        assertTrue(text.contains("3/3"), text);
    }

    @Test
    void setupShowsCappedSplitsAndWhyMapeIsMissing() {
        String setup = doc.select("#item-1 table").first().text();
        assertTrue(
                setup.contains("train 6\u2009000 of 276\u2009923 · validation 2\u2009000 · test 2\u2009000 examples"),
                setup);
        assertTrue(setup.contains("not shown: the test targets reach or cross zero (min -8.50, max 27.0)"), setup);
        assertFalse(
                resultsTable("item-1").text().contains("MAPE"),
                resultsTable("item-1").text());
        assertTrue(doc.select("#item-7").text().contains("MAPE (%)"), "traffic flow stays above 0: MAPE kept");
    }

    @Test
    void observationsComeFromTheNumbers() {
        String obs = doc.select("#item-1 p.analysis").first().text();
        assertTrue(obs.contains("was picked on validation RMSE"), obs);
        // Items 1 and 2 are one comparison: the pair sentence carries the test between them.
        assertTrue(
                obs.contains("Hand-written and library RNN reach test RMSE 1.050 ± 0.0023 °C and 1.047 ± 0.0011 °C"),
                obs);
        // Every metric against the baseline, and plainly where the baseline wins.
        assertTrue(obs.contains("Against the baseline persistence (RMSE 1.320 °C"), obs);
        assertTrue(obs.contains("where the baseline wins"), obs);
        assertFalse(obs.contains("MAPE"), "MAPE is meaningless for a temperature crossing 0 °C: " + obs);
        String item5 = doc.select("#item-5").text();
        assertTrue(item5.contains("Loss became NaN at epoch 2"), item5);
        assertTrue(item5.contains("1 of 9 runs did not complete"), item5);
    }

    @Test
    void pairedComparisonOfLstmAndGru() {
        String item7 = doc.select("#item-7").text();
        assertTrue(item7.contains("Item 7 results: the effect GRU − LSTM per arm and dataset"), item7);
        // The textbook paired t on these five pairs: t = 0.356, df = 4, p = 0.74 (scipy.stats.ttest_rel).
        Element results = doc.select("#lstm-gru-design table").get(1);
        assertTrue(results.text().contains("-0.020 [-0.18, +0.14] p = 0.74 no"), results.text());
        // The fixture has no GRU sized to the LSTM's parameter count: the design says so.
        assertTrue(doc.select("#lstm-gru-design table").get(0).text().contains("equal parameter budget not run"));
        assertTrue(item7.contains("paired t-test over 5 seeds, p = 0.74"), item7);
        assertTrue(item7.contains("no significant difference between GRU and LSTM in any of the 1 comparisons"), item7);
        assertTrue(item7.contains("per training epoch, GRU against LSTM: 1.3× faster"), item7);
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(
                summary.contains("GRU − LSTM in test RMSE: Traffic flow, 1 step(s) ahead, equal hidden size: -0.020"),
                summary);
        assertTrue(summary.contains("no significant difference"), summary);
    }

    @Test
    void courseCheckQuotesThePublishedFigures() {
        String course = doc.select("#course-check").text();
        // Real course files were read, so the teacher's rows are comparable; persistence sits beside ours.
        assertTrue(course.contains("Published by the course"), course);
        assertTrue(course.contains("1.050") && course.contains("1.047") && course.contains("18.40"), course);
        assertTrue(course.contains("optimistic by design"), course);
        assertTrue(course.contains("Baseline on the same split Baseline: persistence (last value) 1.062"), course);
        assertTrue(course.contains("On the real course files, our RNN (scratch) reached RMSE 1.061"), course);
        // One seed: the sign only, and said to be untested.
        assertTrue(
                course.contains("Against the baseline persistence (last value) (RMSE 1.062 °C), both models are better"
                        + " on RMSE, MAE, MAPE (one seed: judged by the sign alone, untested)."),
                course);
    }

    @Test
    void sweepStudiesHaveTablesAndCharts() {
        String item3 = doc.select("#item-3").text();
        assertTrue(item3.contains("Effect of hidden size"), item3);
        assertTrue(item3.contains("Effect of learning rate"), item3);
        assertTrue(item3.contains("RMSE against learning rate"), item3);
        String summary = doc.selectFirst("#table-1").text();
        // Picked on validation (32), not by the best test score (64); the test score of the pick is reported.
        assertTrue(
                summary.contains("hidden size: 32 picked on validation (better than the runner-up 16, p = 0.029);"
                        + " test RMSE 1.073 ± 0.0014 °C."),
                summary);
        assertTrue(summary.contains("batch size: no best drawn, 1 of 4 runs missing or failed."), summary);
        assertTrue(item3.contains("1 of 4 runs are missing or did not complete"), item3);
        assertTrue(
                item3.contains(
                        "Hidden size, picked on validation (against the runner-up: paired t-test over seeds): 32"),
                item3);
        // The column selection looks at in every study table, and the time column where the key changes the time.
        Element hiddenTable = doc.select("#item-3 table").stream()
                .filter(t -> t.select("th").text().contains("hidden size"))
                .findFirst()
                .orElseThrow();
        assertTrue(hiddenTable.select("th").text().contains("val."), hiddenTable.text());
        assertTrue(hiddenTable.select("th").text().contains("ms / epoch"), hiddenTable.text());
        assertTrue(hiddenTable.select("strong.best").text().contains("✓"), hiddenTable.text());
    }

    @Test
    void dataStringsAreEscaped() {
        assertFalse(html.contains(LabFixture.NASTY));
        assertTrue(html.contains("&lt;b&gt;Café &amp; Bar&lt;/b&gt;"));
        assertTrue(doc.select("#extras pre.sample").text().contains(LabFixture.NASTY));
        assertTrue(doc.select("#item-7").text().contains("Baseline: " + LabFixture.NASTY));
    }

    @Test
    void figuresAndTablesAreNumberedAndInlined() {
        List<String> captions = doc.select("figcaption").eachText();
        // No chart repeats another or a loss panel (items 1+2 share theirs): fewer figures than experiments x 3.
        assertTrue(captions.size() >= 10, "figures: " + captions.size());
        for (int i = 0; i < captions.size(); i++) {
            assertTrue(captions.get(i).startsWith("Figure " + (i + 1) + ". "), captions.get(i));
        }
        doc.select("figure img").forEach(img -> assertTrue(img.attr("src").startsWith("data:image/svg+xml;base64,")));
        List<String> tables = doc.select(".table-wrap .caption").eachText();
        for (int i = 0; i < tables.size(); i++) {
            assertTrue(tables.get(i).startsWith("Table " + (i + 1) + ". "), tables.get(i));
        }
        assertTrue(tables.get(0).startsWith("Table 1. Summary"));
        assertTrue(doc.select("link[rel=stylesheet], script[src]").isEmpty(), "self-contained");
    }

    @Test
    void titleBlockAndAppendix() throws Exception {
        String title = doc.select("table.title-block").text();
        assertTrue(title.contains("Ada Lovelace"), title);
        assertTrue(title.contains(TitleBlock.PLACEHOLDER), title);
        assertTrue(title.contains("built-in data: 1 data set(s), 1 file(s)"), title); // no checksums: see AppendixTest
        String appendix = doc.select("#appendix").text();
        // The appendix prints 12 characters of each checksum; data-files.json beside the report has them whole.
        assertTrue(appendix.contains("ab".repeat(6)) && !appendix.contains("ab".repeat(32)), appendix);
        assertTrue(appendix.contains("data-files.json"), appendix);
        String files = Files.readString(tmp.resolve("report/data-files.json"), StandardCharsets.UTF_8);
        assertTrue(files.contains("\"sha256\" : \"" + "ab".repeat(32) + "\""), files);
        assertTrue(result.written().contains(tmp.resolve("report/data-files.json")));
        assertTrue(appendix.contains("./rnnlab lab --profile quick"));
        assertTrue(appendix.contains("./rnnlab run <experiment> --profile <profile> --seed <seed> --seeds 1"));
        assertTrue(appendix.contains("./rnnlab verify reports/runs/"));
        assertTrue(appendix.contains("lstm-vs-gru-GRUlibrary-s*"), appendix); // one row per configuration
        assertTrue(appendix.contains("lowest validation loss"));
    }

    @Test
    void noMessageKeyIsMissing() {
        assertFalse(
                Pattern.compile("\\[[a-z_]+(\\.[a-z_0-9]+)+\\]")
                        .matcher(doc.text())
                        .find(),
                "a message key without text");
    }

    private static Element resultsTable(String section) {
        return doc.select("#" + section + " .table-wrap").stream()
                .filter(t -> t.text().contains("Test results"))
                .findFirst()
                .orElseThrow();
    }
}
