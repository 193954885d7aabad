package edu.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.synthetic.PemsGenerator;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path dir;

    private static DatasetSpec spec(DatasetKind kind, String file) {
        return DatasetSpecs.of(kind).file(file).build();
    }

    @BeforeEach
    void layOutAStudentsFolder() throws Exception {
        PemsGenerator.write(dir.resolve("lab4/traffic/PEMS04.npz"), 1, 2, 1);
        PemsGenerator.write(dir.resolve("lab4/old/copy/pems04.npz"), 2, 2, 1);
        PemsGenerator.write(dir.resolve("lab4/traffic/PEMS08.npz"), 3, 2, 1);
        Files.createDirectories(dir.resolve("lab4/checkins"));
        Files.writeString(
                dir.resolve("lab4/checkins/FS_NYC.csv"),
                "userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp\n"
                        + "1,v1,c1,Bar,40.7,-74.0,-240,2012-04-03 18:00:09+00:00\n"
                        + "1,v2,c1,Bar,40.7,-74.0,-240,2012-04-04 18:00:09+00:00\n");
        Files.createFile(dir.resolve("lab4/checkins/FS_TKY.csv"));
        Path air = Files.createDirectories(dir.resolve("lab4/air quality"));
        String header = "UTC time,3_temperature,3_humidity,3_pressure,3_pm1,3_pm25,3_pm10\n";
        Files.writeString(air.resolve("february-2017.csv"), header + "2017-02-01T00:00:00,1,2,3,4,5,6\n");
        Files.writeString(
                air.resolve("january-2017.csv"),
                header
                        + "2017-01-01T00:00:00,1,2,3,4,5,6\n2017-01-01T01:00:00,,2,3,4,5,6\n2017-01-01T03:00:00,1,2,3,4,5,6\n");
        Files.writeString(air.resolve("sensor_locations.csv"), "id,latitude,longitude\n3,50.05,19.96\n");
        Files.writeString(dir.resolve("lab4/timemachine.txt"), "The Time Machine\nby Wells\n");
        Files.writeString(dir.resolve("lab4/readme.txt"), "not a corpus");
        Files.createDirectories(dir.resolve("lab4/.git"));
        Files.writeString(dir.resolve("lab4/.git/FS_NYC.csv"), "hidden folders are skipped");
    }

    @Test
    void findsCourseFilesByNameAtAnyDepth() {
        DataFolder folder = DataFolder.scan(dir);
        assertEquals(
                dir.resolve("lab4/traffic/PEMS04.npz").toAbsolutePath(),
                folder.file("PEMS04.npz").orElseThrow());
        assertTrue(
                folder.notes().stream().anyMatch(n -> n.contains("pems04.npz found twice")),
                folder.notes().toString());
        assertEquals(
                dir.resolve("lab4/air quality").toAbsolutePath(),
                folder.airQualityFolder().orElseThrow());
        assertEquals(List.of(dir.resolve("lab4/timemachine.txt").toAbsolutePath()), folder.textFiles());
        assertEquals(
                dir.resolve("lab4/checkins/FS_NYC.csv").toAbsolutePath(),
                folder.resolve(spec(DatasetKind.CHECKIN, null)));
        assertEquals(
                "PEMS04.npz",
                folder.resolve(spec(DatasetKind.PEMS, null)).getFileName().toString());
        assertEquals(
                "PEMS08.npz",
                folder.resolve(spec(DatasetKind.PEMS, "PEMS08.npz"))
                        .getFileName()
                        .toString());
        assertEquals(
                "air quality",
                folder.resolve(spec(DatasetKind.AIRQUALITY, null)).getFileName().toString());
        assertEquals(
                "timemachine.txt",
                folder.resolve(spec(DatasetKind.TEXT, null)).getFileName().toString());
        RnnlabException e =
                assertThrows(RnnlabException.class, () -> folder.resolve(spec(DatasetKind.PEMS, "PEMS07.npz")));
        assertTrue(e.getMessage().contains("PEMS07.npz (dataset.file)")
                && e.getMessage().contains(dir.getFileName().toString()));
    }

    @Test
    void inspectionSummarisesEveryFileAndListsProblems() {
        DataFolderInspection report = DataFolder.scan(dir).inspect();
        Map<String, DataFolderInspection.Entry> byPath =
                report.entries().stream().collect(Collectors.toMap(x -> x.path().replace('\\', '/'), x -> x));
        DataFolderInspection.Entry pems = byPath.get("lab4/traffic/PEMS04.npz");
        assertTrue(pems.shape().startsWith("(288, 2, 3) <f8"), pems.shape());
        assertTrue(pems.timeSpan().startsWith("2018-01-01T00:00 .. 2018-01-01T23:55"), pems.timeSpan());
        assertTrue(pems.gaps().contains("0 non-finite"), pems.gaps());
        assertEquals(64, pems.sha256().length());
        DataFolderInspection.Entry jan = byPath.get("lab4/air quality/january-2017.csv");
        assertTrue(jan.shape().startsWith("3 hourly rows x 6 columns (1 sensors"), jan.shape());
        assertTrue(jan.gaps().startsWith("1 missing hours; 1 of 18 cells empty"), jan.gaps());
        assertEquals("2017-01-01T00:00 .. 2017-01-01T03:00 (UTC)", jan.timeSpan());
        List<String> order = report.entries().stream()
                .filter(x -> x.kind().equals("airquality"))
                .map(x -> x.path())
                .toList();
        assertTrue(
                order.get(0).endsWith("january-2017.csv") && order.get(2).endsWith("sensor_locations.csv"),
                order.toString());
        assertTrue(byPath.get("lab4/checkins/FS_NYC.csv").shape().startsWith("2 check-ins (CSV layout), 1 users"));
        DataFolderInspection.Entry tky = byPath.get("lab4/checkins/FS_TKY.csv");
        assertTrue(tky.problem().contains("empty"), tky.problem());
        assertFalse(report.allUsable());
        assertNull(byPath.get("lab4/timemachine.txt").problem());
        String text = report.toText();
        assertTrue(
                text.contains("[pems] lab4/traffic/PEMS04.npz")
                        && text.contains("PROBLEM:")
                        && text.contains("sha256: "),
                text);
    }

    @Test
    void missingFolderIsBadInput() throws Exception {
        RnnlabException e = assertThrows(RnnlabException.class, () -> DataFolder.scan(dir.resolve("nope")));
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("--data-dir"));
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertTrue(assertThrows(RnnlabException.class, () -> DataFolder.scan(file))
                .getMessage()
                .contains("is a file"));
        assertTrue(assertThrows(RnnlabException.class, () -> DataFolder.scan(dir.resolve("lab4/air quality"))
                        .resolve(spec(DatasetKind.CHECKIN, null)))
                .getMessage()
                .contains("FS_NYC.csv"));
    }

    @Test
    void inspectsTheSharedCopies() {
        Path shared = Path.of("").toAbsolutePath().getParent().resolve("shared/datasets");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("krakow-airquality")), "shared datasets absent");
        DataFolderInspection report = DataFolder.scan(shared).inspect();
        assertEquals(
                13,
                report.entries().stream()
                        .filter(x -> x.kind().equals("airquality"))
                        .count());
        DataFolderInspection.Entry jan = report.entries().stream()
                .filter(x -> x.path().endsWith("january-2017.csv"))
                .findFirst()
                .orElseThrow();
        assertTrue(jan.shape().contains("56 sensors"), jan.shape());
        DataFolderInspection.Entry tm = report.entries().stream()
                .filter(x -> x.path().endsWith("timemachine.txt"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                tm.shape().contains("170580 character tokens, vocabulary 28")
                        && tm.shape().contains("SHA-1 matches"),
                tm.shape());
    }
}
