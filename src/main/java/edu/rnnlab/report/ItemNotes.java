package edu.rnnlab.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which of the runner's free-text notes concern which lab item, so a note such as
 * "no check-in data found; run with --data-dir" appears under item 4 where the results are missing.
 * Matching is by keyword because the notes are prose; every note is also listed in the summary,
 * so a note that matches nothing is still seen.
 */
final class ItemNotes {

    private static final Map<Integer, List<String>> KEYWORDS = Map.of(
            1, List.of("scratch", "hand-written", "rnn-scratch"),
            2, List.of("library", "course", "teacher", "krakow", "air quality", "airquality"),
            3, List.of("sweep", "hyper", "hidden", "learning rate"),
            4, List.of("check-in", "checkin", "foursquare", "fs_nyc", "fs_tky", "venue"),
            5, List.of("scratch lstm", "scratch gru"),
            6, List.of("library lstm", "library gru"),
            7, List.of("lstm vs gru", "lstm-vs-gru", "pems", "traffic"),
            0, List.of("text", "time machine", "language model", "pems", "traffic", "extra"));

    private ItemNotes() {}

    /** The notes that mention item {@code item} by number or keyword. */
    static List<String> forItem(int item, List<String> notes) {
        return notes.stream()
                .filter(n -> concerns(item, n.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static boolean concerns(int item, String note) {
        if (item > 0 && (note.contains("item " + item) || note.contains("item" + item))) {
            return true;
        }
        return KEYWORDS.getOrDefault(item, List.of()).stream().anyMatch(note::contains);
    }
}
