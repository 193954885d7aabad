package edu.rnnlab.data.checkin;

import edu.rnnlab.RnnlabException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each of the eight check-in fields sits in a file: found by header name (the course's names,
 * or the GETNext-style names some copies use) or, without a header, by the TSMC2014 order, which the
 * course CSV shares.
 */
final class CheckinColumns {

    /** Course names first; every alias is compared case-insensitively. */
    static final List<List<String>> NAMES = List.of(
            List.of("userId", "user_id"),
            List.of("venueId", "venue_id", "POI_id"),
            List.of("venueCategoryId", "venue_category_id", "POI_catid"),
            List.of("venueCategory", "venue_category", "POI_catname"),
            List.of("latitude", "lat"),
            List.of("longitude", "lon", "lng"),
            List.of("timezoneOffset", "timezone_offset", "timezone"),
            List.of("utcTimestamp", "utc_timestamp", "UTC_time"));

    static final int USER = 0;
    static final int VENUE = 1;
    static final int CATEGORY_ID = 2;
    static final int CATEGORY = 3;
    static final int LATITUDE = 4;
    static final int LONGITUDE = 5;
    static final int OFFSET = 6;
    static final int TIME = 7;

    private CheckinColumns() {}

    /** Whether a first line is a header: one of its fields is a known column name. */
    static boolean isHeader(List<String> firstLine) {
        for (String field : firstLine) {
            if (find(field) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Column index of each field in {@code header}, or an error naming the missing ones. */
    static int[] locate(List<String> header, Path file) {
        int[] at = new int[NAMES.size()];
        java.util.Arrays.fill(at, -1);
        for (int c = 0; c < header.size(); c++) {
            int field = find(header.get(c));
            if (field >= 0 && at[field] < 0) {
                at[field] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < at.length; f++) {
            if (at[f] < 0) {
                missing.add(NAMES.get(f).get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw RnnlabException.badInput(
                    file + " line 1: header " + header + " lacks column(s) " + missing + "; the course layout is "
                            + String.join(",", NAMES.stream().map(n -> n.get(0)).toList()) + ".");
        }
        return at;
    }

    /** The positions of a headerless TSMC2014 file. */
    static int[] positional() {
        return new int[] {0, 1, 2, 3, 4, 5, 6, 7};
    }

    private static int find(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (int f = 0; f < NAMES.size(); f++) {
            for (String alias : NAMES.get(f)) {
                if (alias.toLowerCase(Locale.ROOT).equals(n)) {
                    return f;
                }
            }
        }
        return -1;
    }
}
