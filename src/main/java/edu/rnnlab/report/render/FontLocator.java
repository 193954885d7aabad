package edu.rnnlab.report.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds font files for the PDF on this machine: DejaVu Sans (regular, bold, oblique, mono) for
 * Latin text and symbols, and a CJK font for Chinese. Looks in the usual font folders of Linux,
 * macOS and Windows; {@code RNNLAB_CJK_FONT} may name a CJK font file explicitly.
 */
public final class FontLocator {

    /** CJK fonts with TrueType outlines first: PDFBox can subset-embed those; CFF-based OTF/OTC may fail. */
    private static final List<String> CJK_FILES = List.of(
            "DroidSansFallbackFull.ttf",
            "DroidSansFallback.ttf",
            "wqy-zenhei.ttc",
            "wqy-microhei.ttc",
            "uming.ttc",
            "ukai.ttc",
            "gbsn00lp.ttf",
            "gkai00mp.ttf",
            "NotoSansCJK-Regular.ttc",
            "NotoSansSC-Regular.otf",
            "msyh.ttc",
            "simsun.ttc");

    private static final List<String> LATIN_FILES = List.of(
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
            "DejaVuSansMono.ttf");
    private static final List<Path> ROOTS = List.of(
            Paths.get("/usr/share/fonts"),
            Paths.get("/usr/local/share/fonts"),
            Paths.get(System.getProperty("user.home"), ".fonts"),
            Paths.get(System.getProperty("user.home"), ".local/share/fonts"),
            Paths.get("/Library/Fonts"),
            Paths.get("/System/Library/Fonts"),
            Paths.get("C:\\Windows\\Fonts"));

    private static Map<String, Path> found;

    private FontLocator() {}

    /** DejaVu files by file name (e.g. {@code DejaVuSans-Bold.ttf}); empty when not installed. */
    public static Map<String, Path> latin() {
        Map<String, Path> out = new HashMap<>();
        LATIN_FILES.forEach(name -> Optional.ofNullable(index().get(name)).ifPresent(p -> out.put(name, p)));
        return out;
    }

    /** CJK font candidates in order of preference (the explicit {@code RNNLAB_CJK_FONT} first). */
    public static List<Path> cjk() {
        List<Path> out = new ArrayList<>();
        String explicit = System.getenv("RNNLAB_CJK_FONT");
        if (explicit != null && Files.isRegularFile(Paths.get(explicit))) {
            out.add(Paths.get(explicit));
        }
        CJK_FILES.forEach(name -> Optional.ofNullable(index().get(name)).ifPresent(out::add));
        return out;
    }

    /** One walk over the font folders per process: the installed fonts do not change while we run. */
    private static synchronized Map<String, Path> index() {
        if (found == null) {
            Map<String, Path> map = new HashMap<>();
            for (Path root : ROOTS) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root, 5)) {
                    files.filter(Files::isRegularFile).forEach(p -> {
                        String name = p.getFileName().toString();
                        if (CJK_FILES.contains(name) || LATIN_FILES.contains(name)) {
                            map.putIfAbsent(name, p);
                        }
                    });
                } catch (IOException | java.io.UncheckedIOException e) {
                    // An unreadable font folder only means fewer fonts; the PDF falls back to built-in ones.
                }
            }
            found = map;
        }
        return found;
    }
}
