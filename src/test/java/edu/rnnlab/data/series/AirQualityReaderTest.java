package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.synthetic.AirQualityGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Krakow reader on the built-in generator's files and on broken ones. */
class AirQualityReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheGeneratorWrote() {
        new AirQualityGenerator(7, 2).write(dir);
        SeriesSet set = AirQualityReader.read(dir, "temperature", List.of(), 0, true);
        assertEquals(2, set.sensors().size());
        assertEquals(365 * 24, set.sensors().get(0).length());
        assertTrue(set.sensors().get(0).gaps() > 0, "the generator leaves gaps");
        assertEquals(13, set.source().files().size(), "12 months + sensor_locations.csv");
        assertTrue(set.source().builtIn());
        SeriesSet one = AirQualityReader.read(dir, "pm10", List.of("1002"), 0, true);
        assertEquals("1002", one.sensors().get(0).sensorId());
    }

    @Test
    void moreSensorsThanThereAreMeansAllAndARenamedMonthFileIsReadByItsHeader() throws Exception {
        String header = "UTC time,3_temperature,3_humidity,9_temperature,9_humidity\n";
        Files.writeString(dir.resolve("january-2017.csv"), header + "2017-01-01T00:00:00,1,2,3,4\n");
        Files.writeString(dir.resolve("krakow-feb.csv"), header + "2017-01-01T01:00:00,5,6,7,8\n");
        Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        SeriesSet set = AirQualityReader.read(dir, "temperature", List.of(), 56, false);
        assertEquals(
                List.of("3", "9"),
                set.sensors().stream().map(SensorSeries::sensorId).toList());
        assertEquals(2, set.sensors().get(0).length(), "the renamed file's hour is on the grid");
        assertEquals(5f, set.sensors().get(0).values()[1]);
        assertTrue(set.source().description().contains("asks for 56 sensors but the file has 2, so all 2 are used"));
        assertEquals(2, set.source().files().size(), "notes.csv is not air quality");
        RnnlabException e = assertThrows(
                RnnlabException.class, () -> AirQualityReader.read(dir, "temperature", List.of("4"), 0, false));
        assertTrue(e.getMessage().contains("Sensor '4' (dataset.sensor_ids)"), e.getMessage());
    }

    @Test
    void theGeneratorIsDeterministic() throws Exception {
        new AirQualityGenerator(7, 1).write(dir.resolve("a"));
        new AirQualityGenerator(7, 1).write(dir.resolve("b"));
        assertEquals(Files.readString(dir.resolve("a/may-2017.csv")), Files.readString(dir.resolve("b/may-2017.csv")));
    }

    @Test
    void aNonNumericCellNamesFileLineAndColumn() throws Exception {
        Files.writeString(
                dir.resolve("january-2017.csv"),
                "UTC time,3_temperature\n2017-01-01T00:00:00,5\n2017-01-01T01:00:00,warm\n");
        RnnlabException e = assertThrows(
                RnnlabException.class, () -> AirQualityReader.read(dir, "temperature", List.of(), 0, false));
        assertTrue(
                e.getMessage().contains("january-2017.csv line 3")
                        && e.getMessage().contains("3_temperature")
                        && e.getMessage().contains("'warm'"),
                e.getMessage());
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
    }

    @Test
    void badHeadersTimesAndMissingThingsAreClearErrors() throws Exception {
        Files.writeString(dir.resolve("march-2017.csv"), "time,3_temperature\n2017-03-01T00:00:00,5\n");
        assertTrue(message(() -> AirQualityReader.read(dir, "temperature", List.of(), 0, false))
                .contains("UTC time"));
        Files.writeString(dir.resolve("march-2017.csv"), "UTC time,3_temperature\nyesterday,5\n");
        assertTrue(message(() -> AirQualityReader.read(dir, "temperature", List.of(), 0, false))
                .contains("'yesterday'"));
        Files.writeString(dir.resolve("march-2017.csv"), "UTC time,3_temperature\n2017-03-01T00:00:00,5\n");
        assertTrue(message(() -> AirQualityReader.read(dir, "ozone", List.of(), 0, false))
                .contains("temperature, humidity"));
        assertTrue(message(() -> AirQualityReader.read(dir, "temperature", List.of("99"), 0, false))
                .contains("'99'"));
        assertTrue(message(() -> AirQualityReader.read(dir.resolve("none"), "temperature", List.of(), 0, false))
                .contains("--data-dir"));
    }

    private static String message(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(RnnlabException.class, action).getMessage();
    }
}
