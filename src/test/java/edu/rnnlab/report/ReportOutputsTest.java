package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.report.chart.ChartName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's files: charts named after what they show, and report.md beside index.html. */
class ReportOutputsTest {

    @TempDir
    static Path tmp;

    static Path out;
    static ReportResult result;

    @BeforeAll
    static void build() throws Exception {
        out = tmp.resolve("report");
        // A chart of an older build under the old numbered name, and a file of the student's own.
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/figure-99.svg"), "<svg/>");
        Files.writeString(out.resolve("charts/my-notes.png"), "mine");
        var options = new ReportOptions("en", true, false, true, "Ada", "42", null, null, List.of());
        result = new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(out);
    }

    @Test
    void chartsAreNamedAfterItemExperimentAndWhatTheyShow() {
        List<String> names =
                result.charts().stream().map(p -> p.getFileName().toString()).toList();
        // Items 1 and 2 are pooled into one experiment, "rnn".
        assertTrue(names.contains("item1-rnn-loss.svg"), names.toString());
        assertTrue(names.contains("item1-rnn-loss.png"), names.toString());
        assertTrue(names.contains("item1-rnn-predictions.png"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.matches("item3-[a-z0-9-]+-hidden-rmse\\.png")), names.toString());
        assertTrue(names.contains("item6-all-cells-time.png"), names.toString());
        assertTrue(names.stream().allMatch(ChartName::isChartFile), names.toString());
        assertTrue(names.contains("item2-course-example-loss.png"), "the course check's charts are its own");
        // Named charts never collide; only charts drawn without words (named "<scope>-chart") are counted.
        assertTrue(
                names.stream().noneMatch(n -> n.matches(".*-\\d+\\.(svg|png)") && !n.contains("-chart")),
                "no name needed a -2: " + names);
        assertEquals(names.size(), new HashSet<>(names).size());
        // every chart as both SVG and PNG
        assertEquals(
                names.stream().filter(n -> n.endsWith(".svg")).count(),
                names.stream().filter(n -> n.endsWith(".png")).count());
    }

    @Test
    void oldNumberedChartsGoAndOtherFilesStay() {
        assertFalse(Files.exists(out.resolve("charts/figure-99.svg")));
        assertTrue(Files.exists(out.resolve("charts/my-notes.png")));
    }

    @Test
    void markdownHasTheHeadingsTablesAndEveryFigureAsAnExistingPng() throws Exception {
        Path md = out.resolve("report.md");
        assertTrue(result.documents().contains(md), result.documents().toString());
        String text = Files.readString(md);
        assertTrue(text.contains("\n## Items 1 and 2. "), "item heading");
        assertTrue(text.contains("| Student | Ada |"), "title block");
        assertTrue(text.contains("| --- |"), "a pipe table");
        Matcher m = Pattern.compile("!\\[[^\\n]*?\\]\\((charts/[a-z0-9-]+\\.png)\\)")
                .matcher(text);
        Set<String> linked = new HashSet<>();
        while (m.find()) {
            linked.add(m.group(1));
            assertTrue(Files.isRegularFile(out.resolve(m.group(1))), m.group(1));
        }
        long figures = Jsoup.parse(Files.readString(out.resolve("index.html")))
                .select("figure")
                .size();
        assertEquals(figures, linked.size(), "every figure of the HTML is linked once in the Markdown");
        assertTrue(text.contains("\\<b\\>Café & Bar\\</b\\>"), "data is escaped");
        // Unescaped only verbatim, inside the fenced sample of generated text.
        List<String> raw = text.lines()
                .filter(l -> l.contains("<b>Café") && !l.contains(", seed 1: the time traveller"))
                .toList();
        assertEquals(List.of(), raw);
    }
}
