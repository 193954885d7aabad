package edu.rnnlab.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The font of chart text, from the fonts bundled with the tool: DejaVu Sans, or rnnlab Chart Sans (DejaVu Sans merged with Droid
 * Sans Fallback's Chinese, built by fonts/subset.sh) where the text has characters DejaVu lacks. Java 2D
 * has no font fallback, so a chart's mixed text needs one font with both. A chart then looks the same on
 * every machine, and a Chinese label never depends on a system font (without one it drew boxes).
 */
final class ChartFont {

    private static final Font LATIN = load("DejaVuSans.ttf");
    private static final Font CJK = load("rnnlab-ChartSans.ttf");

    private ChartFont() {}

    /** The bundled font, in {@code style} and {@code size}, that can draw every one of {@code texts}. */
    static Font forTexts(int style, float size, String... texts) {
        boolean latin = Arrays.stream(texts).filter(Objects::nonNull).allMatch(t -> LATIN.canDisplayUpTo(t) < 0);
        return (latin ? LATIN : CJK).deriveFont(style, size);
    }

    private static Font load(String file) {
        try (InputStream in = ChartFont.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font fonts/" + file + " is missing from the jar.");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font fonts/" + file + " cannot be read.", e);
        }
    }
}
