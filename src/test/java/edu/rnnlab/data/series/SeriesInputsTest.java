package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra inputs beside the target ({@code dataset.inputs}): layout, scaling, gaps and bad names. */
class SeriesInputsTest {

    private static final int N = 100;

    private static SeriesSet target(float[] v) {
        return new SeriesSet(
                "fixture",
                "temperature",
                "°C",
                List.of(new SensorSeries("s0", LocalDateTime.of(2017, 1, 1, 5, 0), Duration.ofHours(1), v)),
                new DataSource(true, "fixture", List.of()));
    }

    private static DatasetSpec spec(int window, int horizon) {
        return DatasetSpecs.of(DatasetKind.AIRQUALITY)
                .window(window)
                .horizon(horizon)
                .trainFraction(0.6)
                .valFraction(0.2)
                .gapLimit(1)
                .inputs(List.of("humidity"))
                .build();
    }

    private static float[] ramp(float scale) {
        float[] v = new float[N];
        for (int t = 0; t < N; t++) {
            v[t] = scale * t;
        }
        return v;
    }

    @Test
    void eachStepCarriesTheTargetThenTheInputsEachScaledOnTrainingValues() {
        float[] humidity = ramp(10);
        PreparedSeries p = SeriesPreparer.prepare(
                target(ramp(1)), List.of(new InputSeries("humidity", List.of(humidity))), spec(3, 2));
        Windows train = p.train();
        assertEquals(2, train.features());
        // Window 0 starts at step 0: target scaled by train max 59, humidity by its own train max 590.
        assertEquals(0f, train.inputs()[0]);
        assertEquals(0f, train.inputs()[1]);
        assertEquals(1f / 59, train.inputs()[2], 1e-6);
        assertEquals(10f / 590, train.inputs()[3], 1e-6);
        assertEquals(4f / 59, train.targets()[0], 1e-6, "the target is the target series alone, 2 steps ahead");
        assertEquals(p.train().count() * 3 * 2, train.inputs().length);
    }

    @Test
    void aWindowWithAGapInAnyInputIsDroppedAndTheOthersKept() {
        float[] humidity = ramp(10);
        humidity[10] = Float.NaN;
        humidity[11] = Float.NaN; // longer than gap_limit 1: stays a gap
        PreparedSeries with = SeriesPreparer.prepare(
                target(ramp(1)), List.of(new InputSeries("humidity", List.of(humidity))), spec(3, 1));
        PreparedSeries without = SeriesPreparer.prepare(target(ramp(1)), spec(3, 1));
        // Windows whose 3 inputs touch step 10 or 11 (starts 8..11) are dropped, nothing else.
        assertEquals(without.train().count() - 4, with.train().count());
        for (int start = 8; start <= 11; start++) {
            int targetStep = start + 3;
            assertTrue(java.util.Arrays.stream(with.train().targetStep()).noneMatch(t -> t == targetStep));
        }
        assertEquals(without.test().count(), with.test().count());
    }

    @Test
    void hourIsTheHourOfDayOfEachStepAndFeaturesAreReadTargetFirst() {
        SeriesSet t = target(ramp(1));
        List<InputSeries> inputs = AirQualityInputs.series(List.of("hour"), List.of(t));
        float[] hours = inputs.get(0).values().get(0);
        assertArrayEquals(new float[] {5, 6, 7}, java.util.Arrays.copyOf(hours, 3));
        assertEquals(4f, hours[23], "05:00 + 23 h wraps past midnight");
        assertEquals(
                List.of("temperature", "pm25", "humidity"),
                AirQualityInputs.featuresToRead("temperature", List.of("pm25", "hour", "humidity")));
    }

    @Test
    void anUnknownOrRepeatedInputNamesTheKeyTheValueAndTheAllowedNames() {
        RnnlabException unknown = assertThrows(
                RnnlabException.class, () -> AirQualityInputs.featuresToRead("temperature", List.of("wind")));
        assertTrue(unknown.getMessage().contains("dataset.inputs"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("'wind'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("humidity, pressure, pm1, pm25, pm10, hour"), unknown.getMessage());
        RnnlabException self = assertThrows(
                RnnlabException.class, () -> AirQualityInputs.featuresToRead("humidity", List.of("humidity")));
        assertTrue(self.getMessage().contains("temperature, pressure"), self.getMessage());
        assertThrows(
                RnnlabException.class, () -> AirQualityInputs.featuresToRead("temperature", List.of("hour", "hour")));
    }
}
