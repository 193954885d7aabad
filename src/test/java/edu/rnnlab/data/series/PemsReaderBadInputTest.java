package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.synthetic.PemsNpzWriter;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every defect the issue lists gets a one-line message naming the file and the fix, exit code 2. */
class PemsReaderBadInputTest {

    @TempDir
    Path dir;

    private static String fails(Executable action, String... expected) {
        RnnlabException e = assertThrows(RnnlabException.class, action);
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
        return e.getMessage();
    }

    private Path good() throws Exception {
        return PemsFixtures.npz(dir.resolve("PEMS04.npz"), "<f8", new long[] {20, 3, 3}, PemsFixtures.ramp(20, 3, 3));
    }

    @Test
    void missingFile() {
        fails(
                () -> PemsReader.read(dir.resolve("PEMS04.npz"), "flow", List.of(), 0, false),
                "PEMS04.npz",
                "does not exist");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("PEMS04.npz"));
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "PEMS04.npz", "empty");
    }

    @Test
    void truncatedZip() throws Exception {
        Path f = good();
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "PEMS04.npz", "truncated");
    }

    @Test
    void noDataArray() throws Exception {
        Path f = PemsFixtures.npz(
                dir.resolve("x.npz"), "values", PemsNpzWriter.header("<f8", false, new long[] {1, 1, 1}), new byte[8]);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "x.npz", "no array named 'data'", "values");
    }

    @Test
    void wrongRank() throws Exception {
        Path f = PemsFixtures.npz(dir.resolve("x.npz"), "<f8", new long[] {4, 2}, new double[8]);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "x.npz", "(4, 2)", "3 non-empty axes");
    }

    @Test
    void fortranOrder() throws Exception {
        Path f = PemsFixtures.npz(
                dir.resolve("x.npz"), "data", PemsNpzWriter.header("<f8", true, new long[] {1, 1, 1}), new byte[8]);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "x.npz", "Fortran");
    }

    @Test
    void nonNumericArray() throws Exception {
        Path f = PemsFixtures.npz(
                dir.resolve("x.npz"), "data", PemsNpzWriter.header("<U5", false, new long[] {1, 1, 1}), new byte[20]);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "x.npz", "'<U5'", "not a plain number");
    }

    @Test
    void payloadShorterThanShape() throws Exception {
        Path f = PemsFixtures.npz(
                dir.resolve("x.npz"), "data", PemsNpzWriter.header("<f8", false, new long[] {10, 1, 1}), new byte[40]);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "x.npz", "ends at time step 5 of 10");
    }

    @Test
    void nanAndInfinity() throws Exception {
        double[] v = PemsFixtures.ramp(3, 2, 3);
        v[(2 * 2 + 1) * 3] = Double.NaN;
        Path f = PemsFixtures.npz(dir.resolve("nan.npz"), "<f8", new long[] {3, 2, 3}, v);
        fails(() -> PemsReader.read(f, "flow", List.of(), 0, false), "nan.npz", "data[2, 1, 0]", "NaN");
        v[(2 * 2 + 1) * 3] = 0;
        v[1] = Double.POSITIVE_INFINITY;
        Path g = PemsFixtures.npz(dir.resolve("inf.npz"), "<f4", new long[] {3, 2, 3}, v);
        fails(() -> PemsReader.read(g, "occupancy", List.of(), 0, false), "inf.npz", "data[0, 0, 1]", "Infinity");
    }

    @Test
    void unknownFeatureOrSensor() throws Exception {
        Path f = good();
        fails(() -> PemsReader.read(f, "density", List.of(), 0, false), "density", "flow, occupancy, speed");
        fails(() -> PemsReader.read(f, "flow", List.of("7"), 0, false), "Sensor '7'", "0..2");
        fails(() -> PemsReader.read(f, "flow", List.of("north"), 0, false), "Sensor 'north'");
    }

    @Test
    void moreSensorsThanTheFileHasMeansAllOfThemAndSaysSo() throws Exception {
        Path f = good();
        SeriesSet set = PemsReader.read(f, "flow", List.of(), 10, false);
        assertEquals(3, set.sensors().size());
        assertTrue(
                set.source().description().contains("dataset.sensors asks for 10 sensors but the file has 3, so all 3"),
                set.source().description());
        assertFalse(PemsReader.read(f, "flow", List.of(), 3, false)
                .source()
                .description()
                .contains("asks for"));
    }

    @Test
    void flowOnlyFileHasNoSpeed() throws Exception {
        Path f = PemsFixtures.npz(dir.resolve("PEMS07.npz"), "<f8", new long[] {2, 2, 1}, new double[4]);
        fails(
                () -> PemsReader.read(f, "speed", List.of(), 0, false),
                "PEMS07.npz",
                "1 feature",
                "'speed' does not exist");
    }

    @Test
    void seriesShorterThanOneWindow() throws Exception {
        Path f = PemsFixtures.npz(dir.resolve("PEMS04.npz"), "<f8", new long[] {12, 1, 3}, new double[36]);
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.PEMS).sensors(1).build();
        fails(() -> PemsReader.read(f, spec, false), "PEMS04.npz", "only 12 time steps", "window");
    }
}
