package edu.rnnlab.data.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeriesBaselinesTest {

    private static final float[] SERIES = {1, 2, 3, 4, Float.NaN, 6, 7, 8};

    @Test
    void persistenceUsesTheValueHorizonStepsBack() {
        assertArrayEquals(
                new double[] {Double.NaN, 1, 4, Double.NaN},
                SeriesBaselines.persistence(SERIES, new int[] {0, 1, 4, 5}, 1));
        assertArrayEquals(new double[] {6, Double.NaN}, SeriesBaselines.persistence(SERIES, new int[] {7, 1}, 2));
    }

    @Test
    void seasonalNaiveUsesOnePeriodBack() {
        assertArrayEquals(
                new double[] {Double.NaN, 4, 1, Double.NaN},
                SeriesBaselines.seasonalNaive(SERIES, new int[] {2, 6, 3, 7}, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> SeriesBaselines.seasonalNaive(SERIES, new int[] {7}, 4, 3));
    }

    @Test
    void periodInSteps() {
        assertEquals(288, SeriesBaselines.periodSteps(Duration.ofMinutes(5), Duration.ofDays(1)));
        assertEquals(168, SeriesBaselines.periodSteps(Duration.ofHours(1), Duration.ofDays(7)));
        assertThrows(
                IllegalArgumentException.class,
                () -> SeriesBaselines.periodSteps(Duration.ofMinutes(7), Duration.ofHours(1)));
    }
}
