package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits, gap filling, windows and the scaler on a tiny hand-made series. */
class SeriesPreparerTest {

    private static SeriesSet set(float[]... series) {
        List<SensorSeries> sensors = new java.util.ArrayList<>();
        for (int i = 0; i < series.length; i++) {
            sensors.add(new SensorSeries("s" + i, LocalDateTime.of(2017, 1, 1, 0, 0), Duration.ofHours(1), series[i]));
        }
        return new SeriesSet("fixture", "temperature", "°C", sensors, new DataSource(true, "fixture", List.of()));
    }

    private static DatasetSpec spec(int window) {
        return DatasetSpecs.of(DatasetKind.AIRQUALITY)
                .window(window)
                .horizon(1)
                .trainFraction(0.6)
                .valFraction(0.2)
                .gapLimit(1)
                .build();
    }

    @Test
    void theScalerIsFittedOnTheTrainingSplitOnly() {
        float[] v = new float[100];
        for (int t = 0; t < v.length; t++) {
            v[t] = t < 60 ? t % 10 : 1000 + t; // validation and test values far above anything in training
        }
        PreparedSeries p = SeriesPreparer.prepare(set(v), spec(3));
        assertEquals(0f, p.scaler().min());
        assertEquals(9f, p.scaler().max());
        assertTrue(p.test().targets()[0] > 100, "test values are scaled with training statistics, not squashed to 1");
    }

    @Test
    void windowsStayInsideTheirSplitAndSkipUnfilledGaps() {
        float[] v = new float[100];
        for (int t = 0; t < v.length; t++) {
            v[t] = t;
        }
        v[10] = Float.NaN; // one missing value: interpolated (gap_limit 1)
        v[30] = v[31] = Float.NaN; // two: too long to fill, windows over it are dropped
        PreparedSeries p = SeriesPreparer.prepare(set(v, v.clone()), spec(4));
        assertEquals(10f, p.filled().get(0)[10], 1e-6);
        assertTrue(Float.isNaN(p.filled().get(0)[30]));
        for (Windows w : List.of(p.train(), p.val(), p.test())) {
            for (int i = 0; i < w.count(); i++) {
                int target = w.targetStep()[i];
                int first = target - 4;
                int split = first < 60 ? 0 : first < 80 ? 1 : 2;
                int end = split == 0 ? 60 : split == 1 ? 80 : 100;
                assertTrue(target < end, "window " + first + ".." + target + " crosses a split boundary");
                assertTrue(target < 30 || first > 31, "window over the unfilled gap");
            }
        }
        // training split of each sensor: 60 steps -> 56 windows, minus the 5 that touch steps 30-31
        assertEquals(2 * (56 - 6), p.train().count());
        assertEquals(2 * (20 - 4), p.val().count());
    }
}
