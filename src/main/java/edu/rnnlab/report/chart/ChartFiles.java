package edu.rnnlab.report.chart;

import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.report.view.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts into the report's {@code charts/} folder: SVG (inlined into the HTML as a data URI,
 * so the page opens offline and prints sharply) and PNG at 150 dpi (for the PDF, whose renderer
 * does not draw SVG without an extra library). A panel is {@value ChartStyle#WIDTH} px wide, so its
 * PNG has about 920 pixels for the half text width (86 mm) it is printed at: 270 dpi on paper.
 */
public final class ChartFiles {

    /** Resolution of the PNG copies; 150 dpi prints cleanly on A4. */
    public static final int DPI = 150;

    private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");

    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    /** Charts go to {@code dir}, created when needed. */
    public ChartFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes {@code name.svg} and {@code name.png}, each aside and renamed into place (a killed build
     * leaves the previous figure, never half of one), and returns the figure that shows them.
     */
    public Figure write(Chart<?, ?> chart, String name, String id, String caption) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, raw, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            // Coordinates to 2 decimals (a hundredth of a pixel) make the inlined SVG about half the size.
            String text = DECIMALS.matcher(raw.toString(StandardCharsets.UTF_8)).replaceAll("$1");
            written.add(AtomicFile.writeString(dir.resolve(name + ".svg"), text));
            written.add(AtomicFile.write(
                    dir.resolve(name + ".png"),
                    aside -> BitmapEncoder.saveBitmapWithDPI(
                            chart, aside.toString(), BitmapEncoder.BitmapFormat.PNG, DPI)));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String uri = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(bytes);
            boolean wide = chart.getWidth() > ChartStyle.WIDTH * 3 / 2;
            return new Figure(id, caption, uri, dir.getFileName() + "/" + name + ".png", wide);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write chart " + name + " under " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    /** The chart files written so far by this instance, in order. */
    public List<Path> written() {
        return List.copyOf(written);
    }
}
