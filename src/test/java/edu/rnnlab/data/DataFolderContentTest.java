package edu.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.synthetic.PemsGenerator;
import edu.rnnlab.data.synthetic.PemsNpzWriter;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Course files found by content under other names, the other CSVs left alone, and a fixed choice among several. */
class DataFolderContentTest {

    @TempDir
    Path dir;

    private static final String FOURSQUARE =
            "userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp\n"
                    + "1,v1,c1,Bar,40.7,-74.0,-240,2012-04-03 18:00:09+00:00\n";

    private static DatasetSpec spec(DatasetKind kind, String file) {
        return DatasetSpecs.of(kind).file(file).build();
    }

    private Path write(String relative, String text) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void renamedCopiesAreFoundByContentAndLookalikesAreNot() throws Exception {
        Path pems = PemsGenerator.write(dir.resolve("traffic/PEMS04_sample.npz"), 1, 3, 1);
        PemsNpzWriter.write(dir.resolve("traffic/matrix.npz"), new long[] {4, 4}, new double[16]);
        Path checkins = write("fs/FS_NYC_sample.csv", FOURSQUARE);
        Path tsmc = write(
                "fs/nyc checkins.txt",
                "470\t49bbd6c0f964a520f4531fe3\t4bf58dd8d48988d127951735\tArts & Crafts Store\t40.71\t-74.00\t-240"
                        + "\tTue Apr 03 18:00:09 +0000 2012\n");
        write(
                "fs/NYC_test.csv",
                "user_id,POI_id,POI_catid,POI_catname,latitude,longitude,timezone,UTC_time,trajectory_id,time_period\n"
                        + "1,p,c,Pizza,40.7,-73.9,-240,Sat Jul 07 02:12:49 +0000 2012,1_7,0.08\n");
        write("fs/poi_info.csv", "poi_id,poi_catid,latitude,longitude\np,c,40.7,-73.9\n");
        write("gowalla/gowalla_events.csv", "0\t2010-10-19 23:55:27+0000\t30.23\t-97.79\t22847\n");
        write("air/krakow-jan.csv", "UTC time,3_temperature,3_humidity\n2017-01-01T00:00:00,1,2\n");
        write("flow/train.csv", "\uFEFF5 Minutes,Lane 1 Flow (Veh/5 Minutes)\n04/01/2016 0:00,12\n");
        write("generated/airquality-2017/FS_NYC.csv", FOURSQUARE);
        write("generated/mine/PEMS04.npz", "not even a zip");

        DataFolder folder = DataFolder.scan(dir);
        assertEquals(List.of(pems.toAbsolutePath()), folder.pemsFiles());
        assertEquals(List.of(checkins.toAbsolutePath(), tsmc.toAbsolutePath()), folder.checkinFiles());
        assertEquals(
                dir.resolve("air").toAbsolutePath(), folder.airQualityFolder().orElseThrow());
        assertTrue(folder.textFiles().isEmpty(), "a TSMC2014 text is check-ins, not a corpus: " + folder.textFiles());
        assertTrue(
                folder.notes().stream().anyMatch(n -> n.startsWith("skipped generated")),
                folder.notes().toString());

        DataFolder.Choice pemsChoice = folder.choose(spec(DatasetKind.PEMS, null));
        assertEquals(pems.toAbsolutePath(), pemsChoice.path());
        assertTrue(pemsChoice.note().contains("recognised by its content"), pemsChoice.note());
        DataFolder.Choice checkinChoice = folder.choose(spec(DatasetKind.CHECKIN, null));
        assertEquals(checkins.toAbsolutePath(), checkinChoice.path());
        assertTrue(
                checkinChoice.note().contains("2 check-in files found; used fs/FS_NYC_sample.csv")
                        && checkinChoice.note().contains("FS_NYC")
                        && checkinChoice.note().contains("fs/nyc checkins.txt")
                        && checkinChoice.note().contains("dataset.file"),
                checkinChoice.note());
        assertEquals(
                tsmc.toAbsolutePath(),
                folder.resolve(spec(DatasetKind.CHECKIN, "NYC CHECKINS.txt")),
                "dataset.file picks another, by name");
        assertEquals(
                tsmc.toAbsolutePath(), folder.resolve(spec(DatasetKind.CHECKIN, "fs/nyc checkins.txt")), "or by path");

        DataFolderInspection report = folder.inspect();
        List<String> listed = report.entries().stream()
                .map(e -> e.kind() + " " + e.path().replace('\\', '/'))
                .toList();
        assertEquals(
                List.of(
                        "pems traffic/PEMS04_sample.npz",
                        "checkin fs/FS_NYC_sample.csv",
                        "checkin fs/nyc checkins.txt",
                        "airquality air/krakow-jan.csv"),
                listed);
        assertTrue(report.allUsable(), report.toText());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("checkin: 2 check-in files found")));
    }

    @Test
    void theCourseNameWinsThenTheCoursePreferenceThenTheShallowest() throws Exception {
        PemsGenerator.write(dir.resolve("a/b/PEMS04.npz"), 1, 2, 1);
        PemsGenerator.write(dir.resolve("PEMS04_sample.npz"), 1, 2, 1);
        PemsGenerator.write(dir.resolve("pems08 copy.npz"), 1, 2, 1);
        PemsGenerator.write(dir.resolve("flows.npz"), 1, 2, 1);
        DataFolder.Choice choice = DataFolder.scan(dir).choose(spec(DatasetKind.PEMS, null));
        assertEquals("PEMS04.npz", choice.path().getFileName().toString());
        assertTrue(
                choice.note().startsWith("4 PeMS files found; used a/b/PEMS04.npz (its name holds PEMS04"),
                choice.note());
        Files.delete(dir.resolve("a/b/PEMS04.npz"));
        assertEquals(
                "PEMS04_sample.npz",
                DataFolder.scan(dir)
                        .resolve(spec(DatasetKind.PEMS, null))
                        .getFileName()
                        .toString());
        Files.delete(dir.resolve("PEMS04_sample.npz"));
        Files.delete(dir.resolve("pems08 copy.npz"));
        PemsGenerator.write(dir.resolve("z/aaa.npz"), 1, 2, 1);
        DataFolder.Choice plain = DataFolder.scan(dir).choose(spec(DatasetKind.PEMS, null));
        assertEquals("flows.npz", plain.path().getFileName().toString());
        assertTrue(plain.note().contains("the shallowest"), plain.note());
    }

    @Test
    void theCsvKindNeedsANamedFile() throws Exception {
        write("mine/load.csv", "time,load\n2020-01-01,1\n");
        DataFolder folder = DataFolder.scan(dir);
        assertEquals(dir.resolve("mine/load.csv").toAbsolutePath(), folder.resolve(spec(DatasetKind.CSV, "load.csv")));
        RnnlabException none = assertThrows(RnnlabException.class, () -> folder.resolve(spec(DatasetKind.CSV, null)));
        assertTrue(
                none.getMessage().contains("needs dataset.file")
                        && none.getMessage().contains("mine/load.csv"),
                none.getMessage());
        RnnlabException missing =
                assertThrows(RnnlabException.class, () -> folder.resolve(spec(DatasetKind.CSV, "other.csv")));
        assertTrue(missing.getMessage().contains("other.csv (dataset.file)"), missing.getMessage());
        assertNull(folder.choose(spec(DatasetKind.CSV, "load.csv")).note());
    }

    @Test
    void theSharedCoursesSamplesAreFoundAndTheirNeighboursAreNot() {
        Path shared = Path.of("").toAbsolutePath().getParent().resolve("shared/datasets");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("pems04-sample")), "shared datasets absent");
        DataFolder folder = DataFolder.scan(shared);
        assertEquals(
                List.of(shared.resolve("pems04-sample/PEMS04_sample.npz")),
                folder.pemsFiles().stream()
                        .map(p -> shared.resolve(folder.root().relativize(p)))
                        .toList());
        assertEquals(
                List.of(shared.resolve("foursquare-nyc-sample/FS_NYC_sample.csv")),
                folder.checkinFiles().stream()
                        .map(p -> shared.resolve(folder.root().relativize(p)))
                        .toList());
        assertEquals(
                "krakow-airquality",
                folder.airQualityFolder().orElseThrow().getFileName().toString());
        DataFolderInspection report = folder.inspect();
        assertTrue(report.allUsable(), report.toText());
        assertFalse(
                report.entries().stream()
                        .anyMatch(e -> e.path().contains("gowalla")
                                || e.path().contains("metr-la")
                                || e.path().contains("NYC_test")
                                || e.path().contains("poi_info")
                                || e.path().contains("pems-station-flow")),
                report.toText());
    }
}
