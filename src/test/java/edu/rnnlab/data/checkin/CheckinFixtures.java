package edu.rnnlab.data.checkin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Tiny deterministic check-in files for tests. */
public final class CheckinFixtures {

    /** The course CSV header. */
    public static final String HEADER =
            "userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp";

    private CheckinFixtures() {}

    /** The path of a shared dataset copy (may not exist: tests skip then). */
    public static Path shared(String relative) {
        return Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("shared/datasets")
                .resolve(relative);
    }

    /** Writes lines (joined with LF, final newline) to {@code dir/name}. */
    public static Path write(Path dir, String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * A course-layout row: user, venue {@code v<venue>} of category {@code c<venue % 3>}, at
     * 2012-04-02 (a Monday) plus {@code hours} hours, UTC offset -240.
     */
    public static String row(int user, int venue, int hours) {
        LocalDateTime t = LocalDateTime.of(2012, 4, 2, 0, 0).plusHours(hours);
        return user + ",v" + venue + ",c" + venue % 3 + ",Cat " + venue % 3 + ",40.7,-74.0,-240," + t.toLocalDate()
                + " " + t.toLocalTime() + ":00+00:00";
    }

    /** Rows for one user visiting {@code venues} in order, one hour apart starting at {@code hour0}. */
    public static List<String> trajectory(int user, int[] venues, int hour0) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < venues.length; i++) {
            rows.add(row(user, venues[i], hour0 + i));
        }
        return rows;
    }
}
