package edu.rnnlab.data.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class CheckinReaderBadInputTest {

    @TempDir
    Path dir;

    static void fails(Executable action, String... expected) {
        RnnlabException e = assertThrows(RnnlabException.class, action);
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    private Path csv(String... lines) throws Exception {
        return CheckinFixtures.write(dir, "FS_NYC.csv", List.of(lines));
    }

    @Test
    void missingFile() {
        fails(() -> CheckinReader.read(dir.resolve("FS_TKY.csv"), false), "FS_TKY.csv", "does not exist");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("FS_NYC.csv"));
        fails(() -> CheckinReader.read(f, false), "FS_NYC.csv", "empty");
    }

    @Test
    void headerOnly() throws Exception {
        Path f = csv(CheckinFixtures.HEADER);
        fails(() -> CheckinReader.read(f, false), "FS_NYC.csv", "no check-ins");
    }

    @Test
    void missingHeaderColumns() throws Exception {
        Path f = csv("userId,venueId,latitude,longitude,utcTimestamp", "1,v,40,-74,2012-04-03 18:00:09+00:00");
        fails(() -> CheckinReader.read(f, false), "FS_NYC.csv line 1", "venueCategoryId", "timezoneOffset");
    }

    @Test
    void nonNumericValue() throws Exception {
        Path f = csv(
                CheckinFixtures.HEADER,
                CheckinFixtures.row(1, 1, 0),
                "2,v2,c,Cat,north,-74.0,-240,2012-04-03 18:00:09+00:00");
        fails(() -> CheckinReader.read(f, false), "FS_NYC.csv line 3", "latitude", "'north'");
    }

    @Test
    void nanCoordinate() throws Exception {
        Path f = csv(CheckinFixtures.HEADER, "2,v2,c,Cat,40.7,NaN,-240,2012-04-03 18:00:09+00:00");
        fails(() -> CheckinReader.read(f, false), "line 2", "longitude", "'NaN'");
    }

    @Test
    void unparseableTimestamp() throws Exception {
        Path f = csv(CheckinFixtures.HEADER, "2,v2,c,Cat,40.7,-74.0,-240,03/04/2012 18:00");
        fails(() -> CheckinReader.read(f, false), "line 2", "utcTimestamp", "'03/04/2012 18:00'");
    }

    @Test
    void tooFewFields() throws Exception {
        Path f = csv(CheckinFixtures.HEADER, "2,v2,c,Cat,40.7");
        fails(() -> CheckinReader.read(f, false), "line 2", "5 fields", "expected 8");
    }
}
