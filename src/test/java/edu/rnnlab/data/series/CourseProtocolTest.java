package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.testkit.DatasetSpecs;
import edu.rnnlab.testkit.SharedDatasets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teacher's notebook on the real Krakow files: the exact window counts it printed. */
class CourseProtocolTest {

    @Test
    void reproducesTheNotebooksWindowCountsOnTheRealKrakowFiles() {
        Path dir = SharedDatasets.require("krakow-airquality");
        SeriesSet set = AirQualityReader.read(dir, "temperature", List.of(), 0, false);
        assertEquals(56, set.sensors().size());
        assertEquals(8593, set.sensors().get(0).length());
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.AIRQUALITY)
                .feature("temperature")
                .sensors(0)
                .window(12)
                .horizon(1)
                .gapLimit(3)
                .protocol(Protocol.COURSE_EXAMPLE)
                .build();
        PreparedSeries prepared = SeriesPreparer.prepare(set, spec);
        assertEquals(276_923, prepared.train().count());
        assertEquals(72_361, prepared.test().count());
        assertEquals(0, prepared.val().count());
        assertEquals(-22f, prepared.scaler().min());
        assertEquals(46f, prepared.scaler().max());
    }

    @Test
    void standardProtocolNeverLetsAWindowCrossASplit() {
        Path dir = SharedDatasets.require("krakow-airquality");
        SeriesSet set = AirQualityReader.read(dir, "temperature", List.of(), 5, false);
        PreparedSeries p = SeriesPreparer.prepare(set, DatasetSpec.of(DatasetKind.AIRQUALITY));
        int n = set.sensors().get(0).length();
        int trainEnd = (int) (n * 0.6);
        int valEnd = (int) (n * 0.8);
        for (int i = 0; i < p.train().count(); i++) {
            assertTrue(p.train().targetStep()[i] < trainEnd);
        }
        for (int i = 0; i < p.val().count(); i++) {
            int target = p.val().targetStep()[i];
            assertTrue(target - 12 >= trainEnd && target < valEnd);
        }
        for (int i = 0; i < p.test().count(); i++) {
            assertTrue(p.test().targetStep()[i] - 12 >= valEnd);
        }
    }
}
