package edu.rnnlab.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts packaged in the jar under {@code /fonts} (subsets of DejaVu and Droid Sans Fallback; see
 * {@code src/main/resources/fonts/README.md} for sources, licences and how they were cut), so the
 * PDF looks the same on every machine and needs nothing installed.
 */
public final class BundledFonts {

    /** The family name the stylesheet lists for Chinese text. */
    public static final String CJK_FAMILY = "rnnlab CJK";

    /**
     * One bundled font file and how the stylesheet names it.
     *
     * @param file   file name under {@code /fonts} in the jar
     * @param family CSS font family
     * @param weight CSS weight
     * @param style  normal or italic
     */
    public record Face(String file, String family, int weight, FontStyle style) {

        /** Opens the font file from the jar; a missing one means a broken build, not bad input. */
        public InputStream open() {
            InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("fonts/" + file + " is missing from the jar; rebuild rnnlab.");
            }
            return in;
        }
    }

    /** Latin text, symbols and code, in the faces the stylesheet uses. */
    public static final List<Face> LATIN = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    /** Chinese: GB2312 and every character of the Chinese message bundle. */
    public static final Face CJK = new Face("DroidSansFallback-GB2312.ttf", CJK_FAMILY, 400, FontStyle.NORMAL);

    /** Character maps of the regular faces, read once: the bundled fonts never change while we run. */
    private static List<CmapLookup> cmaps;

    private BundledFonts() {}

    /**
     * The distinct characters of {@code text} that no bundled font can draw (shown as boxes in the
     * PDF), in code point order; white space and control characters are not counted.
     */
    public static String missing(String text) {
        List<CmapLookup> lookups = cmaps();
        TreeSet<Integer> out = new TreeSet<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0xFEFF)
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .filter(c -> lookups.stream().allMatch(l -> l.getGlyphId(c) == 0))
                .forEach(out::add);
        StringBuilder s = new StringBuilder();
        out.forEach(s::appendCodePoint);
        return s.toString();
    }

    private static synchronized List<CmapLookup> cmaps() {
        if (cmaps == null) {
            List<CmapLookup> list = new ArrayList<>();
            for (Face face : List.of(LATIN.get(0), LATIN.get(4), CJK)) {
                try (InputStream in = face.open()) {
                    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                        list.add(font.getUnicodeCmapLookup()); // the lookup holds the parsed table
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the bundled font " + face.file(), e);
                }
            }
            cmaps = List.copyOf(list);
        }
        return cmaps;
    }
}
