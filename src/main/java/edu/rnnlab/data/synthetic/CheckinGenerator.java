package edu.rnnlab.data.synthetic;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.checkin.CheckinTime;
import edu.rnnlab.data.synthetic.CheckinCity.Kind;
import edu.rnnlab.data.synthetic.CheckinCity.Venue;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes synthetic Foursquare check-ins in the course's {@code FS_NYC.csv} layout (comma-separated,
 * header {@code userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp},
 * RFC 4180 quoting), deterministic from a seed. Default size: 300 users over 9 weeks from Tuesday
 * 2012-04-03 (the real collection's start) in a New-York-sized box with 1,500 public venues (about
 * 1,300 of them visited, plus private homes) and about 43,000 check-ins — a small GRU trains on it in
 * well under a minute per ten epochs on one CPU thread.
 *
 * <p>Each user follows a weekly routine ({@link CheckinPerson}) and checks in at a routine visit with
 * a personal probability (about a third of visits on average, so consecutive check-ins are usually
 * consecutive routine steps and the sequence carries information); one check-in in ten goes to another venue of the same kind (exploration
 * noise), and about one day in twenty the user is away. Rows are written in time order, like the
 * course files.
 */
public final class CheckinGenerator {

    /** The course's file name, so the data folder finder picks the output up. */
    public static final String FILE_NAME = "FS_NYC.csv";
    /** Default number of users. */
    public static final int DEFAULT_USERS = 300;
    /** Default number of weeks. */
    public static final int DEFAULT_WEEKS = 9;

    private static final LocalDate START = LocalDate.of(2012, 4, 3);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String[] HEADER = {
        "userId",
        "venueId",
        "venueCategoryId",
        "venueCategory",
        "latitude",
        "longitude",
        "timezoneOffset",
        "utcTimestamp"
    };

    private CheckinGenerator() {}

    private record Row(String user, Venue venue, LocalDateTime local) {}

    /** Writes {@value #FILE_NAME} of the default size into {@code folder}; returns the file. */
    public static Path write(Path folder, long seed) {
        return write(folder.resolve(FILE_NAME), seed, DEFAULT_USERS, DEFAULT_WEEKS);
    }

    /** Writes a file with the given number of users and weeks. */
    public static Path write(Path file, long seed, int users, int weeks) {
        if (users < 1 || weeks < 1) {
            throw new IllegalArgumentException("need at least one user and one week");
        }
        List<Row> rows = simulate(new Random(seed), users, weeks);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // A unique aside name: two processes generating the same data at once must not share one.
            return AtomicFile.write(file, aside -> {
                try (Writer out = Files.newBufferedWriter(aside, StandardCharsets.UTF_8);
                        CSVPrinter csv = new CSVPrinter(
                                out,
                                CSVFormat.DEFAULT
                                        .builder()
                                        .setRecordSeparator("\n")
                                        .get())) {
                    csv.printRecord((Object[]) HEADER);
                    for (Row r : rows) {
                        ZoneOffset offset = NEW_YORK.getRules().getOffset(r.local());
                        Venue v = r.venue();
                        csv.printRecord(
                                r.user(),
                                v.id(),
                                v.category().id(),
                                v.category().name(),
                                String.format(Locale.ROOT, "%.6f", v.lat()),
                                String.format(Locale.ROOT, "%.6f", v.lon()),
                                offset.getTotalSeconds() / 60,
                                CheckinTime.COURSE.format(
                                        OffsetDateTime.of(r.local(), offset).withOffsetSameInstant(ZoneOffset.UTC)));
                    }
                }
            });
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write " + file + " (" + e.getMessage() + "); check the folder is writable.", e);
        }
    }

    private static List<Row> simulate(Random rnd, int users, int weeks) {
        CheckinCity city = new CheckinCity(rnd);
        List<CheckinPerson> people = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            people.add(new CheckinPerson(Integer.toString(u), city, rnd));
        }
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate date = START.plusDays(d);
            for (CheckinPerson p : people) {
                if (rnd.nextDouble() < 0.05) {
                    continue;
                }
                for (CheckinPerson.Visit visit : p.day(date)) {
                    if (rnd.nextDouble() >= Math.min(0.95, p.activity * visit.weight())) {
                        continue;
                    }
                    Venue venue = visit.venue();
                    boolean privatePlace = venue.kind() == Kind.HOME || venue.kind() == Kind.OFFICE;
                    if (!privatePlace && rnd.nextDouble() < 0.1) {
                        venue = city.pick(venue.kind(), venue, 0.03);
                    }
                    rows.add(new Row(p.id, venue, visit.time().plusSeconds(rnd.nextInt(60))));
                }
            }
        }
        rows.sort(Comparator.comparing(r -> r.local().atZone(NEW_YORK).toInstant()));
        return rows;
    }
}
