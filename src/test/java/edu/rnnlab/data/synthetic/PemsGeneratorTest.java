package edu.rnnlab.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.data.series.PemsReader;
import edu.rnnlab.data.series.SeriesSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemsGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesOtherSeedOtherValues() throws Exception {
        Path a = PemsGenerator.write(dir.resolve("a/PEMS04.npz"), 7, 4, 3);
        Path b = PemsGenerator.write(dir.resolve("b/PEMS04.npz"), 7, 4, 3);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(PemsGenerator.generate(8, 4, 3)[4 * 3 * 100] != PemsGenerator.generate(7, 4, 3)[4 * 3 * 100]);
    }

    @Test
    void defaultFileHasCourseLayoutAndTrafficShape() {
        Path file = PemsGenerator.write(dir, 42);
        assertEquals("PEMS04.npz", file.getFileName().toString());
        SeriesSet flow = PemsReader.read(file, "flow", List.of(), 0, true);
        SeriesSet speed = PemsReader.read(file, "speed", List.of(), 0, true);
        SeriesSet occupancy = PemsReader.read(file, "occupancy", List.of(), 0, true);
        assertEquals(PemsGenerator.DEFAULT_SENSORS, flow.sensors().size());
        assertEquals(PemsGenerator.DEFAULT_DAYS * 288, flow.sensors().get(0).length());
        double weekdayPeak = 0;
        double weekendPeak = 0;
        double night = 0;
        for (int s = 0; s < flow.sensors().size(); s++) {
            float[] v = flow.sensors().get(s).values();
            float[] sp = speed.sensors().get(s).values();
            float[] oc = occupancy.sensors().get(s).values();
            for (int t = 0; t < v.length; t++) {
                assertTrue(v[t] >= 0 && sp[t] >= 3 && sp[t] <= 85 && oc[t] >= 0 && oc[t] < 1, "value range at " + t);
            }
            // Tuesday of week 2 (day 8) at 8:00 and 3:00, Saturday (day 12) at 8:00.
            weekdayPeak += v[8 * 288 + 96];
            night += v[8 * 288 + 36];
            weekendPeak += v[12 * 288 + 96];
        }
        assertTrue(weekdayPeak > 1.5 * weekendPeak, weekdayPeak + " vs weekend " + weekendPeak);
        assertTrue(weekdayPeak > 3 * night, weekdayPeak + " vs night " + night);
    }
}
