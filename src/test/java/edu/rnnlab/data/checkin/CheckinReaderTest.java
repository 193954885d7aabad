package edu.rnnlab.data.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckinReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsCourseCsvWithQuotedFields() throws Exception {
        Path f = CheckinFixtures.write(
                dir,
                "FS_NYC.csv",
                List.of(
                        CheckinFixtures.HEADER,
                        "470,49bbd6c0f964a520f4531fe3,4bf58dd8d48988d127951735,Arts & Crafts Store,40.719810,-74.002581,-240,2012-04-03 18:00:09+00:00",
                        "979,4a43c0aef964a520c6a61fe3,4bf58dd8d48988d1df941735,\"Bridge, Tunnel\",40.606800,-74.044170,-240,2012-04-03 18:00:25+00:00"));
        CheckinLog log = CheckinReader.read(f, false);
        assertEquals(CheckinFormat.CSV, log.format());
        assertEquals("FS_NYC", log.name());
        assertEquals(2, log.checkins().size());
        Checkin first = log.checkins().get(0);
        assertEquals("470", first.user());
        assertEquals("Arts & Crafts Store", first.category());
        assertEquals(-74.002581, first.longitude(), 1e-9);
        assertEquals(Instant.parse("2012-04-03T18:00:09Z"), first.time());
        assertEquals(LocalDateTime.of(2012, 4, 3, 14, 0, 9), first.localTime());
        assertEquals("Bridge, Tunnel", log.checkins().get(1).category());
    }

    @Test
    void readsOriginalTsmcTextWithoutHeader() throws Exception {
        Path f = CheckinFixtures.write(
                dir,
                "dataset_TSMC2014_NYC.txt",
                List.of(
                        "470\t49bbd6c0f964a520f4531fe3\t4bf58dd8d48988d127951735\tArts & Crafts Store\t40.719810074887996\t-74.00258103213994\t-240\tTue Apr 03 18:00:09 +0000 2012",
                        "979\t4a43c0aef964a520c6a61fe3\t4bf58dd8d48988d1df941735\tBridge\t40.60679958140643\t-74.04416981025437\t-240\tTue Apr 03 18:00:25 +0000 2012"));
        CheckinLog log = CheckinReader.read(f, false);
        assertEquals(CheckinFormat.TSMC, log.format());
        assertEquals(2, log.checkins().size());
        assertEquals(
                Instant.parse("2012-04-03T18:00:25Z"), log.checkins().get(1).time());
        assertEquals("Bridge", log.checkins().get(1).category());
    }

    @Test
    void acceptsGetNextStyleHeaderAndBom() throws Exception {
        Path f = CheckinFixtures.write(
                dir,
                "NYC_val.csv",
                List.of(
                        "\uFEFFuser_id,POI_id,POI_catid,POI_catname,latitude,longitude,timezone,UTC_time,trajectory_id,time_period",
                        "1,3fd66200f964a520c7f11ee3,4bf58dd8d48988d1ca941735,Pizza Place,40.73168165,-73.99618149,-240,Sat Jul 07 02:12:49 +0000 2012,1_7,0.08"));
        CheckinLog log = CheckinReader.read(f, true);
        assertEquals("Pizza Place", log.checkins().get(0).category());
        assertEquals(
                Instant.parse("2012-07-07T02:12:49Z"), log.checkins().get(0).time());
    }

    @Test
    void timestampForms() {
        Instant t = Instant.parse("2012-04-03T18:00:09Z");
        assertEquals(t, CheckinTime.parse("2012-04-03 18:00:09+00:00"));
        assertEquals(t, CheckinTime.parse("2012-04-03 18:00:09"));
        assertEquals(t, CheckinTime.parse("2012-04-03 14:00:09-04:00"));
        assertEquals(t, CheckinTime.parse("2012-04-03T18:00:09Z"));
        assertEquals(t, CheckinTime.parse("Tue Apr 03 18:00:09 +0000 2012"));
    }

    @Test
    void readsTheSharedSample() {
        Path sample = CheckinFixtures.shared("foursquare-nyc-sample/FS_NYC_sample.csv");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "shared FS_NYC sample absent");
        CheckinLog log = CheckinReader.read(sample, false);
        assertEquals(21406, log.checkins().size());
        assertEquals(962, log.checkins().stream().map(Checkin::user).distinct().count());
        assertEquals(
                4330, log.checkins().stream().map(Checkin::venue).distinct().count());
        Path crlf = CheckinFixtures.shared("foursquare-nyc-sample/NYC_test.csv");
        Assumptions.assumeTrue(Files.isRegularFile(crlf));
        assertEquals(10944, CheckinReader.read(crlf, false).checkins().size());
    }
}
