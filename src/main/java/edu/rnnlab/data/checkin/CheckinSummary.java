package edu.rnnlab.data.checkin;

import java.util.List;
import java.util.Locale;

/**
 * The numbers a report states about a prepared check-in dataset.
 *
 * @param usersKept       users with at least {@code minCheckins} check-ins
 * @param usersSkipped    users with fewer (not an error: they are counted and left out)
 * @param checkinsSkipped check-ins of the skipped users
 * @param checkins        check-ins of the kept users
 * @param venues          distinct venues of the kept users, all splits
 * @param vocabulary      venue classes, the unknown class included (fitted on training only)
 * @param categories      distinct venue categories of the kept users
 * @param parts           per split: check-ins, windows, share of unknown targets
 */
public record CheckinSummary(
        int usersKept,
        int usersSkipped,
        int checkinsSkipped,
        int checkins,
        int venues,
        int vocabulary,
        int categories,
        List<Part> parts) {

    /**
     * One split's numbers.
     *
     * @param split        train, val or test
     * @param checkins     check-ins in the split
     * @param windows      windows (examples) in the split
     * @param unknownShare share of window targets in the unknown class
     */
    public record Part(String split, int checkins, int windows, double unknownShare) {}

    /** A few lines for the console and the report appendix. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "users %d kept, %d skipped (too few check-ins, %d check-ins left out)%n",
                usersKept,
                usersSkipped,
                checkinsSkipped));
        b.append(String.format(
                Locale.ROOT,
                "check-ins %d, venues %d, vocabulary %d (incl. unknown), categories %d%n",
                checkins,
                venues,
                vocabulary,
                categories));
        for (Part p : parts) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-5s %7d check-ins %7d windows, unknown targets %.1f%%%n",
                    p.split(),
                    p.checkins(),
                    p.windows(),
                    100 * p.unknownShare()));
        }
        return b.toString();
    }
}
