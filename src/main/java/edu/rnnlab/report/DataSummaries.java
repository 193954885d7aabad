package edu.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's recorded data counts ({@code extras}: the check-in {@code data_summary} lines, the
 * translation {@code vocabulary}) in the report's language. The lines have the fixed shapes of
 * {@code CheckinSummary.toText()} and {@code TranslationData}; a line of another shape stays as
 * recorded. Other extras (generated text, sample translations) are data and are left alone.
 */
final class DataSummaries {

    private static final Pattern USERS =
            Pattern.compile("users (\\d+) kept, (\\d+) skipped \\(too few check-ins, (\\d+) check-ins left out\\)");
    private static final Pattern TOTALS = Pattern.compile(
            "check-ins (\\d+), venues (\\d+), vocabulary (\\d+) \\(incl\\. unknown\\), categories (\\d+)");
    private static final Pattern PART =
            Pattern.compile("(train|val|test)\\s+(\\d+) check-ins\\s+(\\d+) windows, unknown targets (\\S+)%");
    private static final Pattern VOCABULARY = Pattern.compile("(\\d+) English, (\\d+) French");

    private DataSummaries() {}

    /** The extras with the known count texts translated. */
    static Map<String, String> of(Map<String, String> extras, Messages m) {
        if (extras == null || !(extras.containsKey("data_summary") || extras.containsKey("vocabulary"))) {
            return extras;
        }
        Map<String, String> out = new LinkedHashMap<>(extras);
        out.computeIfPresent("data_summary", (k, v) -> checkins(v, m));
        out.computeIfPresent("vocabulary", (k, v) -> {
            Matcher x = VOCABULARY.matcher(v);
            return x.matches() ? m.get("term.summary.vocabulary", x.group(1), x.group(2)) : v;
        });
        return out;
    }

    private static String checkins(String text, Messages m) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher users = USERS.matcher(line.strip());
            Matcher totals = TOTALS.matcher(line.strip());
            Matcher part = PART.matcher(line.strip());
            if (users.matches()) {
                lines.add(m.get("term.summary.users", users.group(1), users.group(2), users.group(3)));
            } else if (totals.matches()) {
                lines.add(m.get(
                        "term.summary.totals", totals.group(1), totals.group(2), totals.group(3), totals.group(4)));
            } else if (part.matches()) {
                lines.add(m.get(
                        "term.summary.part",
                        m.getOr("term.split." + part.group(1), part.group(1)),
                        part.group(2),
                        part.group(3),
                        part.group(4)));
            } else {
                lines.add(line);
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
