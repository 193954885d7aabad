package edu.rnnlab.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints the report's HTML to an A4 PDF with openhtmltopdf. The HTML is parsed by jsoup (which
 * accepts HTML5) and handed over as a W3C DOM; chart images are resolved relative to the report
 * folder. Fonts: see the package documentation.
 */
public final class PdfRenderer implements PdfPrinter {

    /** The family name the stylesheet lists for CJK text in the PDF. */
    public static final String CJK_FAMILY = "rnnlab CJK";

    /** Whether a CJK font was embedded in the last PDF (false means Chinese text shows as placeholders). */
    private boolean cjkEmbedded;

    /** Writes {@code pdf} from {@code html} aside and renames it into place; {@code baseDir} is where relative image paths point. */
    public void render(String html, Path baseDir, Path pdf) {
        try {
            AtomicFile.write(pdf, aside -> {
                try (OutputStream out = Files.newOutputStream(aside)) {
                    print(html, baseDir, out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF report " + pdf + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void print(String html, Path baseDir, OutputStream out) throws IOException {
        XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, Level.WARNING));
        org.w3c.dom.Document doc =
                new W3CDom().fromJsoup(Jsoup.parse(html, baseDir.toUri().toString()));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.withW3cDocument(doc, baseDir.toUri().toString());
        builder.withProducer("rnnlab");
        registerFonts(builder, needsCjk(html));
        builder.toStream(out);
        builder.run();
    }

    /** Whether the last rendered PDF embedded a CJK font. */
    public boolean cjkEmbedded() {
        return cjkEmbedded;
    }

    private void registerFonts(PdfRendererBuilder builder, boolean cjk) {
        Map<String, Path> latin = FontLocator.latin();
        add(builder, latin.get("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL);
        add(builder, latin.get("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL);
        add(builder, latin.get("DejaVuSans-Oblique.ttf"), "DejaVu Sans", 400, FontStyle.ITALIC);
        add(builder, latin.get("DejaVuSans-BoldOblique.ttf"), "DejaVu Sans", 700, FontStyle.ITALIC);
        add(builder, latin.get("DejaVuSansMono.ttf"), "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        cjkEmbedded = false;
        if (cjk) {
            List<Path> candidates = FontLocator.cjk();
            if (!candidates.isEmpty()) {
                // Also a fallback for every family, so Chinese inside monospace or bold text still finds glyphs.
                builder.useFont(
                        candidates.get(0).toFile(),
                        CJK_FAMILY,
                        400,
                        FontStyle.NORMAL,
                        true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
                cjkEmbedded = true;
            }
        }
    }

    private static void add(PdfRendererBuilder builder, Path file, String family, int weight, FontStyle style) {
        if (file != null) {
            builder.useFont(file.toFile(), family, weight, style, true);
        }
    }

    /** Loading a CJK font costs time and memory, so only when the text has CJK characters. */
    static boolean needsCjk(String html) {
        return html.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
