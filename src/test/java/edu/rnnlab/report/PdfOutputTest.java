package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF and the PNG charts it uses: a real PDF, A4 pages, the report's text, print resolution. */
class PdfOutputTest {

    @TempDir
    static Path tmp;

    static Path out;
    static ReportResult result;

    @BeforeAll
    static void build() {
        out = tmp.resolve("report");
        var options = new ReportOptions("en", false, true, false, null, null, "Deep Learning 2025", null, List.of());
        result = new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(out);
    }

    @Test
    void pdfHasA4PagesAndTheReportText() throws Exception {
        Path pdf = out.resolve("report.pdf");
        assertTrue(result.written().contains(pdf));
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() >= 10, "pages: " + d.getNumberOfPages());
            PDRectangle box = d.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0);
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Item 7. LSTM vs GRU"), "item 7 heading");
            assertTrue(text.contains("1.050 ± 0.0023"), "a result with ± (embedded font)");
            assertTrue(text.contains("Deep Learning 2025"));
        }
        assertTrue(Files.notExists(out.resolve("index.html")), "html=false writes no index.html");
    }

    @Test
    void chartsArePngAt150DpiAndSvg() throws Exception {
        BufferedImage png =
                ImageIO.read(out.resolve("charts/item1-rnn-loss.png").toFile());
        assertTrue(png.getWidth() >= 1500, "width " + png.getWidth());
        String svg = Files.readString(out.resolve("charts/item1-rnn-loss.svg"));
        assertTrue(svg.contains("<svg"));
    }
}
