package edu.rnnlab.report.render;

import com.openhtmltopdf.mathmlsupport.MathMLDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
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
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints the report's HTML to an A4 PDF with openhtmltopdf. The HTML is parsed by jsoup (which
 * accepts HTML5) and handed over as a W3C DOM; chart images are resolved relative to the report
 * folder. Fonts: the ones bundled in the jar ({@link BundledFonts}).
 */
public final class PdfRenderer implements PdfPrinter {

    /** The family the stylesheet gives MathML in the PDF ({@code body.pdf math}). */
    private static final String MATH_FAMILY = "DejaVu Sans";

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
        registerFonts(builder);
        builder.toStream(out);
        Path mathFonts = Files.createTempDirectory("rnnlab-math-fonts");
        try {
            builder.useMathMLDrawer(mathDrawer(mathFonts));
            builder.run();
        } finally {
            try (var files = Files.list(mathFonts)) {
                files.forEach(PdfRenderer::removeLater);
            }
            removeLater(mathFonts);
        }
    }

    /** Deletes a temporary file now or, where the JVM still holds it open (Windows), when it exits. */
    private static void removeLater(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * The MathML drawer (JEuclid lays out the theory section's equations) with the bundled DejaVu Sans
     * faces, which the stylesheet names for {@code math} in the PDF. openhtmltopdf 1.1.31 hands a
     * drawer only font files, not the streams {@link #registerFonts} uses, so the faces are copied to
     * {@code folder} for the length of one print; without them JEuclid would use the machine's fonts.
     */
    private static MathMLDrawer mathDrawer(Path folder) throws IOException {
        MathMLDrawer drawer = new MathMLDrawer();
        for (BundledFonts.Face face : BundledFonts.LATIN) {
            if (face.family().equals(MATH_FAMILY)) {
                Path file = folder.resolve(face.file());
                try (var in = face.open()) {
                    Files.copy(in, file);
                }
                drawer.addFontFile(file.toFile(), face.family(), face.weight(), face.style());
            }
        }
        return drawer;
    }

    /**
     * The bundled fonts (never the machine's, so every PDF looks the same), each embedded as a subset
     * of the glyphs used. The CJK font is also a fallback for every family, so Chinese inside
     * monospace or bold text still finds its glyphs.
     */
    private static void registerFonts(PdfRendererBuilder builder) {
        for (BundledFonts.Face face : BundledFonts.LATIN) {
            builder.useFont(face::open, face.family(), face.weight(), face.style(), true);
        }
        BundledFonts.Face cjk = BundledFonts.CJK;
        builder.useFont(
                cjk::open,
                cjk.family(),
                cjk.weight(),
                cjk.style(),
                true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }
}
