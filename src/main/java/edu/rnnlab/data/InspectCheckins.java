package edu.rnnlab.data;

import edu.rnnlab.data.checkin.Checkin;
import edu.rnnlab.data.checkin.CheckinLog;
import edu.rnnlab.data.checkin.CheckinReader;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Inspects a check-in file: rows, users, venues, categories, time span, users too short to use. */
final class InspectCheckins {

    /** The default {@code dataset.min_checkins}. */
    private static final int MIN_CHECKINS = DatasetSpec.of(DatasetKind.CHECKIN).minCheckins();

    private InspectCheckins() {}

    static DataFolderInspection.Facts inspect(Path file) {
        CheckinLog log = CheckinReader.read(file, false);
        Map<String, Integer> perUser = new HashMap<>();
        Set<String> venues = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (Checkin c : log.checkins()) {
            perUser.merge(c.user(), 1, Integer::sum);
            venues.add(c.venue());
            categories.add(c.categoryId());
            first = c.time().isBefore(first) ? c.time() : first;
            last = c.time().isAfter(last) ? c.time() : last;
        }
        long few = perUser.values().stream().filter(n -> n < MIN_CHECKINS).count();
        String shape = log.checkins().size() + " check-ins (" + log.format() + " layout), " + perUser.size()
                + " users, " + venues.size() + " venues, " + categories.size() + " categories";
        String gaps = few + " of " + perUser.size() + " users have fewer than " + MIN_CHECKINS
                + " check-ins (skipped by default)";
        return new DataFolderInspection.Facts(shape, first + " .. " + last + " (UTC)", gaps);
    }
}
