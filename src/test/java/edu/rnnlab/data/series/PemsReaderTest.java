package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.data.synthetic.PemsNpzWriter;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealSampleInCourseLayout() {
        Path sample = PemsFixtures.shared("pems04-sample/PEMS04_sample.npz");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "shared PEMS04 sample absent");
        SeriesSet flow = PemsReader.read(sample, "flow", List.of(), 0, false);
        assertEquals(3, flow.sensors().size());
        SensorSeries first = flow.sensors().get(0);
        assertEquals(2016, first.length());
        assertEquals(62f, first.values()[0]);
        assertEquals(LocalDateTime.of(2018, 1, 1, 0, 0), first.start());
        assertEquals(Duration.ofMinutes(5), first.step());
        assertEquals("PEMS04_sample", flow.dataset());
        assertEquals(
                0.0077f,
                PemsReader.read(sample, "occupancy", List.of("0"), 0, false)
                        .sensors()
                        .get(0)
                        .values()[0]);
        assertEquals(
                67.9f,
                PemsReader.read(sample, "speed", List.of("0"), 0, false)
                        .sensors()
                        .get(0)
                        .values()[0]);
        assertEquals(64, flow.source().files().get(0).sha256().length());
    }

    @Test
    void selectsFeatureAndSensorsFromC_OrderedArray() throws Exception {
        Path file =
                PemsFixtures.npz(dir.resolve("PEMS08.npz"), "<f4", new long[] {4, 5, 3}, PemsFixtures.ramp(4, 5, 3));
        SeriesSet set = PemsReader.read(file, "speed", List.of("4", "1"), 0, false);
        assertEquals(
                List.of("4", "1"),
                set.sensors().stream().map(SensorSeries::sensorId).toList());
        assertArrayEquals(new float[] {42, 142, 242, 342}, set.sensors().get(0).values());
        assertArrayEquals(new float[] {12, 112, 212, 312}, set.sensors().get(1).values());
        assertEquals(LocalDateTime.of(2016, 7, 1, 0, 0), set.sensors().get(0).start());
        assertEquals("mph", set.unit());
        assertEquals(
                2, PemsReader.read(file, "flow", List.of(), 2, false).sensors().size());
    }

    @Test
    void readsBigEndianAndIntegerArrays() throws Exception {
        double[] v = PemsFixtures.ramp(2, 2, 1);
        Path big = PemsFixtures.npz(
                dir.resolve("big.npz"),
                "data",
                PemsNpzWriter.header(">f8", false, new long[] {2, 2, 1}),
                PemsFixtures.payload(v, 8, ByteOrder.BIG_ENDIAN));
        assertArrayEquals(
                new float[] {10, 110},
                PemsReader.read(big, "flow", List.of("1"), 0, false)
                        .sensors()
                        .get(0)
                        .values());
        java.nio.ByteBuffer ints = java.nio.ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(1)
                .putInt(2)
                .putInt(3)
                .putInt(4);
        Path integers = PemsFixtures.npz(
                dir.resolve("int.npz"), "data", PemsNpzWriter.header("<i4", false, new long[] {2, 2, 1}), ints.array());
        assertArrayEquals(
                new float[] {2, 4},
                PemsReader.read(integers, "flow", List.of("1"), 0, true)
                        .sensors()
                        .get(0)
                        .values());
    }

    @Test
    void generatedFileRoundTrips() {
        Path file = edu.rnnlab.data.synthetic.PemsGenerator.write(dir.resolve("PEMS04.npz"), 3, 2, 1);
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.PEMS).sensors(2).build();
        SeriesSet set = PemsReader.read(file, spec, true);
        assertEquals("flow", set.feature());
        assertEquals(2, set.sensors().size());
        assertEquals(288, set.sensors().get(0).length());
        assertTrue(set.source().builtIn());
        assertFalse(set.source().description().isBlank());
    }
}
