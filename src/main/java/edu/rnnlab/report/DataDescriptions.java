package edu.rnnlab.report;

import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data set's description in the report's language. The data readers record one English sentence
 * per source (the archive is language-free); its shapes are few and fixed, so each known shape is
 * re-said from the numbers and names it carries. A description of no known shape is replaced by the
 * names of its files rather than shown in English (English reports show every description verbatim).
 */
final class DataDescriptions {

    /** One recognised description: its pattern and how to say it from the match. */
    private record Shape(Pattern pattern, BiFunction<Matcher, Messages, String> say) {}

    private static final String BUILT_IN = "(built-in (?:generated )?)?";

    /** A trailing note of the series readers when fewer sensors exist than asked for. */
    private static final Pattern FEWER = Pattern.compile(
            "(.*); dataset\\.sensors asks for (\\d+) sensors but the file has (\\d+), so all \\d+ are used");

    private static final List<Shape> SHAPES = List.of(
            new Shape(
                    Pattern.compile("built-in generated Krakow-format air-quality data \\((\\d+) monthly CSVs\\)"),
                    (x, m) -> m.get("term.data.airquality.builtin", x.group(1))),
            new Shape(
                    Pattern.compile("course files: Krakow air quality, (\\d+) monthly CSVs in (.+)"),
                    (x, m) -> m.get("term.data.airquality.course", x.group(1), x.group(2))),
            new Shape(
                    Pattern.compile(BUILT_IN + "(\\S+), (\\w+) of (\\d+) of (\\d+) sensors, (\\d+) five-minute steps"
                            + " \\(start (\\S+) assumed; the file has no timestamps\\)"),
                    (x, m) -> builtIn(x, m)
                            + m.get(
                                    "term.data.pems",
                                    x.group(2),
                                    m.getOr("feature." + x.group(3), x.group(3)),
                                    x.group(4),
                                    x.group(5),
                                    x.group(6),
                                    x.group(7).replace('T', ' '))),
            new Shape(
                    Pattern.compile(BUILT_IN + "(\\S+), first (\\d+) English-French pairs \\(Tatoeba, CC-BY 2\\.0\\)"),
                    (x, m) -> builtIn(x, m) + m.get("term.data.translation", x.group(2), x.group(3))),
            new Shape(
                    Pattern.compile(BUILT_IN + "(\\S+?)( \\(H\\. G\\. Wells, The Time Machine.*\\))?, (\\w+) tokens"),
                    (x, m) -> builtIn(x, m)
                            + m.get(
                                    x.group(3) == null ? "term.data.text" : "term.data.text.bundled",
                                    x.group(2),
                                    m.getOr("term.data.tokens." + x.group(4).toLowerCase(Locale.ROOT), x.group(4)))),
            new Shape(
                    Pattern.compile(BUILT_IN + "(\\S+) \\((\\w+) layout\\), (\\d+) check-ins"),
                    (x, m) -> builtIn(x, m) + m.get("term.data.checkin", x.group(2), x.group(3), x.group(4))));

    private DataDescriptions() {}

    /** The description of {@code data} as the report shows it. */
    static String of(DataSource data, Messages m) {
        String text = data.description();
        if ("en".equals(m.language()) || text == null) {
            return text;
        }
        Matcher fewer = FEWER.matcher(text);
        String note = "";
        if (fewer.matches()) {
            text = fewer.group(1);
            note = m.get("term.data.fewer", fewer.group(2), fewer.group(3));
        }
        for (Shape shape : SHAPES) {
            Matcher x = shape.pattern().matcher(text);
            if (x.matches()) {
                return shape.say().apply(x, m) + note;
            }
        }
        List<String> names = data.files().stream()
                .map(DataFile::path)
                .map(p -> Path.of(p).getFileName().toString())
                .toList();
        return m.get("term.data.files", String.join(", ", names)) + note;
    }

    private static String builtIn(Matcher x, Messages m) {
        String prefix = x.group(1);
        if (prefix == null) {
            return "";
        }
        return m.get(prefix.contains("generated") ? "term.data.generated" : "term.data.builtin");
    }
}
