package edu.rnnlab.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.data.checkin.Checkin;
import edu.rnnlab.data.checkin.CheckinFormat;
import edu.rnnlab.data.checkin.CheckinLog;
import edu.rnnlab.data.checkin.CheckinReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckinGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void deterministicCourseLayout() throws Exception {
        Path a = CheckinGenerator.write(dir.resolve("a.csv"), 5, 20, 2);
        Path b = CheckinGenerator.write(dir.resolve("b.csv"), 5, 20, 2);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertEquals(
                "userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp",
                lines.get(0));
        assertTrue(
                lines.get(1)
                        .matches(
                                "\\d+,[0-9a-f]{24},[0-9a-f]{24},[^,]+,40\\.\\d{6},-7[34]\\.\\d{6},-240,2012-04-0\\d \\d\\d:\\d\\d:\\d\\d\\+00:00"),
                lines.get(1));
        CheckinLog other = CheckinReader.read(CheckinGenerator.write(dir.resolve("c.csv"), 6, 20, 2), true);
        assertTrue(!other.checkins().equals(CheckinReader.read(a, true).checkins()));
    }

    @Test
    void defaultSizeIsAboutTheIssuesTarget() {
        Path file = CheckinGenerator.write(dir, 42);
        assertEquals("FS_NYC.csv", file.getFileName().toString());
        CheckinLog log = CheckinReader.read(file, true);
        assertEquals(CheckinFormat.CSV, log.format());
        int n = log.checkins().size();
        assertTrue(n > 30_000 && n < 50_000, n + " check-ins");
        long users = log.checkins().stream().map(Checkin::user).distinct().count();
        assertTrue(
                users > 0.95 * CheckinGenerator.DEFAULT_USERS && users <= CheckinGenerator.DEFAULT_USERS,
                users + " users");
        long venues = log.checkins().stream().map(Checkin::venue).distinct().count();
        assertTrue(venues > 1000 && venues < 2000, venues + " venues");
        for (int i = 1; i < n; i++) {
            assertTrue(
                    !log.checkins()
                            .get(i)
                            .time()
                            .isBefore(log.checkins().get(i - 1).time()),
                    "time order at " + i);
        }
    }
}
