package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic csv reader: columns by name, a regular time grid with gaps, and clear refusals. */
class CsvSeriesReaderTest {

    @TempDir
    Path dir;

    private static DatasetSpec spec(String feature, String timeColumn, List<String> inputs, int window) {
        return DatasetSpecs.of(DatasetKind.CSV)
                .file("f.csv")
                .feature(feature)
                .window(window)
                .inputs(inputs)
                .timeColumn(timeColumn)
                .build();
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("f.csv"), text);
    }

    private void fails(String text, DatasetSpec spec, String... parts) throws Exception {
        Path f = csv(text);
        RnnlabException e = assertThrows(RnnlabException.class, () -> CsvSeriesReader.read(f, spec));
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void readsTargetAndInputsOntoARegularGridWithGaps() throws Exception {
        // Semicolons, a byte-order mark, the time in the second column, a missing hour and two empty cells.
        Path f = csv("\uFEFFstation;when;load;temp\n"
                + "a;2020-01-01 00:00;1.5;10\n"
                + "a;2020-01-01 01:00;;11\n"
                + "a;2020-01-01 03:00;3.5;NA\n"
                + "a;2020-01-01 04:00;4.5;14\n");
        CsvSeries s = CsvSeriesReader.read(f, spec("Load", "when", List.of("temp"), 2));
        SensorSeries load = s.target().sensors().get(0);
        assertEquals("load", load.sensorId());
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), load.start());
        assertEquals(Duration.ofHours(1), load.step());
        assertArrayEquals(new float[] {1.5f, Float.NaN, Float.NaN, 3.5f, 4.5f}, load.values());
        assertEquals(1, s.inputs().size());
        assertArrayEquals(
                new float[] {10, 11, Float.NaN, Float.NaN, 14},
                s.inputs().get(0).values());
        String d = s.target().source().description();
        assertTrue(d.contains("4 rows, one every PT1H") && d.contains("1 missing time steps and 1 empty target"), d);
        assertEquals(64, s.target().source().files().get(0).sha256().length());
    }

    @Test
    void defaultsAreTheFirstColumnForTimeAndTheNextForTheTarget() throws Exception {
        Path f = csv("\uFEFF5 Minutes,Lane 1 Flow (Veh/5 Minutes),% Observed\n"
                + "04/01/2016 0:00,12,100\n04/01/2016 0:05,13,100\n04/01/2016 0:10,9,100\n");
        SeriesSet set = CsvSeriesReader.read(f, spec(null, null, List.of(), 1)).target();
        assertEquals("Lane 1 Flow (Veh/5 Minutes)", set.feature());
        assertEquals(
                LocalDateTime.of(2016, 4, 1, 0, 10),
                set.sensors().get(0).start().plusMinutes(10));
        assertEquals(Duration.ofMinutes(5), set.sensors().get(0).step());
        Path utc = csv("t,v\n2020-01-01T01:00+01:00,1\n2020-01-01T01:00Z,2\n2020-01-01T02:00Z,3\n");
        assertEquals(
                LocalDateTime.of(2020, 1, 1, 0, 0),
                CsvSeriesReader.read(utc, spec("v", null, List.of(), 1))
                        .target()
                        .sensors()
                        .get(0)
                        .start(),
                "offsets are converted to UTC");
    }

    @Test
    void badInputNamesFileLineColumnAndWhatToDo() throws Exception {
        String good = "time,value\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n";
        fails(
                good,
                spec("power", null, List.of(), 1),
                "f.csv line 1",
                "no column 'power' (dataset.feature)",
                "'time', 'value'");
        fails(good, spec("value", "date", List.of(), 1), "no column 'date' (dataset.time_column)");
        fails(good, spec("value", null, List.of("rain"), 1), "no column 'rain' (dataset.inputs)");
        fails(good, spec("value", null, List.of(), 5), "only 3 time steps", "lower dataset.window");
        fails(
                good.replace("2020-01-02,2", "2020-01-02,two"),
                spec("value", null, List.of(), 1),
                "f.csv line 3, column 'value': 'two' is not a finite number",
                "empty");
        fails(good.replace("2020-01-02,2", "2020-01-02,inf"), spec("value", null, List.of(), 1), "'inf'");
        fails(
                good.replace("2020-01-01,1", "yesterday,1"),
                spec("value", null, List.of(), 1),
                "line 2, column 'time': 'yesterday' is not a time",
                "ISO");
        fails(
                good.replace("2020-01-02,2", "02.01.2020,2"),
                spec("value", null, List.of(), 1),
                "line 3",
                "'02.01.2020'",
                "the first row's form was ISO");
        fails(
                good.replace("2020-01-03,3", "2020-01-02,3"),
                spec("value", null, List.of(), 1),
                "line 4, column 'time': 2020-01-02T00:00 repeats line 3",
                "sort the file by time");
        fails(good.replace("2020-01-03,3", "2019-12-31,3"), spec("value", null, List.of(), 1), "comes before", "sort");
        fails(
                good + "2020-01-04 12:00,4\n2020-01-05,5\n",
                spec("value", null, List.of(), 1),
                "line 5",
                "2020-01-04T12:00 is not on the regular grid of one row every PT24H",
                "resample");
        fails(good, spec("value", null, List.of("value"), 1), "must be different columns");
        fails(good + "2020-01-04\n", spec("value", null, List.of(), 1), "line 5: 1 fields", "'value'");
        fails("time,value\n", spec("value", null, List.of(), 1), "0 data row");
        fails("", spec("value", null, List.of(), 1), "is empty");
        fails("t,t\n1,2\n", spec(null, null, List.of(), 1), "line 1", "distinct name");
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUsesMost() {
        assertEquals(',', CsvSeriesReader.delimiter("a,b;c"));
        assertEquals(';', CsvSeriesReader.delimiter("a;b;c,d"));
        assertEquals('\t', CsvSeriesReader.delimiter("a\tb"));
        assertEquals(',', CsvSeriesReader.delimiter("single"));
    }
}
