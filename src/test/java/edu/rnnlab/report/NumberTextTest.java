package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.rnnlab.report.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void significantFigures() {
        assertEquals("1.050", NumberText.sig(1.05, 4));
        assertEquals("12350", NumberText.sig(12345.6, 4));
        assertEquals("0.0001000", NumberText.sig(1e-4, 4));
        assertEquals("\u2014", NumberText.sig(Double.NaN, 3));
    }

    @Test
    void meanStdKeepsWhatTheNoiseSupports() {
        assertEquals("1.050 ± 0.0023", NumberText.meanStd(Estimate.of(List.of(1.0501, 1.0523, 1.0478))));
        assertEquals("18.43 ± 0.52", NumberText.meanStd(new Estimate(18.43, 0.52, 3)));
        assertEquals("1235 ± 56", NumberText.meanStd(new Estimate(1234.5, 56, 3)));
        assertEquals("0.02 ± 0.13", NumberText.meanStd(new Estimate(0.02, 0.1255, 5)));
        assertEquals("1.047", NumberText.meanStd(new Estimate(1.0470, Double.NaN, 1)));
        assertEquals("\u2014", NumberText.meanStd(Estimate.NONE));
    }

    @Test
    void ratiosAndDurations() {
        assertEquals("1.4×", NumberText.ratio(1.4142));
        assertEquals("42.1 s", NumberText.duration(42.1));
        assertEquals("3 min 05 s", NumberText.duration(185));
        assertEquals("2 h 07 min", NumberText.duration(7620));
    }
}
