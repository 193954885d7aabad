package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.report.render.BundledFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theory section in every output: typeset MathML equations and the three quoted cell loops in the
 * HTML, the section and its code in the PDF, TeX display math in the Markdown, and no character the
 * bundled fonts lack in either language.
 */
class TheorySectionTest {

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("report");
        var options = new ReportOptions("en", true, true, true, null, null, null, null, List.of());
        new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(out);
    }

    @Test
    void htmlHasTheSectionAfterTheSummaryWithEquationsAndTheQuotedLoops() throws Exception {
        String html = Files.readString(out.resolve("index.html"));
        int theory = html.indexOf("id=\"theory\"");
        assertTrue(theory > html.indexOf("id=\"summary\""), "theory follows the summary");
        assertTrue(theory < html.indexOf("id=\"item-1\""), "theory precedes item 1");
        String section = html.substring(theory, html.indexOf("</section>", theory));
        // rnn, gru (3 groups), lstm and the gradient product
        assertEquals(6, count(section, "<math "), "equation groups");
        assertTrue(section.contains("⊙</mo>"), "the element-wise product");
        assertEquals(3, count(section, "<pre class=\"code\">"), "one code box per cell");
        assertEquals(4, count(section, "for (int t = 0; t &lt; steps; t++) {"), "RNN, two GRU forms, LSTM");
        assertTrue(section.contains("h = Linear.linear(h, wHh, xSteps.get(t)).head().tanh();"), "the RNN step");
        assertTrue(section.contains("c = sig.get(1).mul(c).add(sig.get(0).mul(g));"), "the LSTM step");
        assertTrue(section.contains("EncoderEquivalenceTest"));
    }

    @Test
    void pdfShowsTheSectionAndItsCode() throws Exception {
        try (PDDocument d = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Theory and implementation"));
            assertTrue(text.contains("Why gates help against vanishing gradients"));
            assertTrue(text.contains("c = sig.get(1).mul(c).add(sig.get(0).mul(g));"), "the LSTM loop");
        }
    }

    @Test
    void markdownHasTexDisplayMath() throws Exception {
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains(
                "$$\\begin{aligned}\n  h_t &= \\tanh(x_t W_{xh} + h_{t-1} W_{hh} + b_h)\n\\end{aligned}$$"));
        assertEquals(6, count(md, "$$\\begin{aligned}"));
        assertTrue(!md.contains("<math"), "no MathML in the Markdown");
    }

    @Test
    void bundledFontsCoverTheSectionInBothLanguages() {
        for (String language : List.of("en", "zh")) {
            var section = TheorySection.of(new Messages(language));
            StringBuilder all = new StringBuilder(section.title()).append(section.intro());
            section.blocks().forEach(b -> {
                all.append(b.heading()).append(String.join("", b.paragraphs()));
                b.equations().forEach(e -> all.append(e.mathml()));
            });
            assertEquals("", BundledFonts.missing(all.toString()), language);
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
