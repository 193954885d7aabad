package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.report.stats.Timing;
import edu.rnnlab.run.EpochRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Speed with its spread: median and range from metrics.csv rows, and speed claims only beyond the range. */
class TimingTest {

    private final Phrases phrases = new Phrases(new Messages("en"));

    /** A run whose train rows took these seconds, 2 000 samples each epoch. */
    private static ArchivedRun run(double... seconds) {
        List<EpochRow> rows = new ArrayList<>();
        for (int e = 0; e < seconds.length; e++) {
            rows.add(new EpochRow(e + 1, "train", 0.1, Map.of(), seconds[e], 2000 / seconds[e]));
            rows.add(new EpochRow(e + 1, "val", 0.1, Map.of(), 9.0, 1));
        }
        return new ArchivedRun(Path.of("run"), null, null, null, rows, List.of(), null);
    }

    @Test
    void medianAndRangeLeaveTheWarmUpEpochOutAndThroughputComesFromTheSameRows() {
        // Epoch 1 (0.77 s) pays for warm-up; validation rows (9 s) are not training time.
        Timing t = Timing.of(List.of(run(0.77, 0.40, 0.50), run(0.90, 0.30, 0.45)));
        assertEquals(4, t.epochs());
        assertEquals(0.425, t.median(), 1e-12);
        assertEquals(0.30, t.min(), 1e-12);
        assertEquals(0.50, t.max(), 1e-12);
        assertEquals(2000 / 0.425, t.perSecond(), 1e-9);
        // A single-epoch run keeps its only epoch.
        assertEquals(1, Timing.of(List.of(run(0.6))).epochs());
    }

    @Test
    void overlappingRangesAreNoClearSpeedDifference() {
        // The case: one configuration timed 0.164-0.338 s/epoch over four repeats.
        Timing a = Timing.of(List.of(run(1, 0.164, 0.338)));
        Timing b = Timing.of(List.of(run(1, 0.20, 0.25)));
        assertFalse(a.clearlyFasterThan(b));
        assertEquals("no clear speed difference (the per-epoch ranges overlap)", phrases.speed(a, b));
    }

    @Test
    void separatedRangesGiveARatioAndNeverOnePointZero() {
        Timing fast = Timing.of(List.of(run(1, 0.30, 0.32)));
        Timing slow = Timing.of(List.of(run(1, 0.60, 0.66)));
        assertEquals("2.0\u00d7 faster", phrases.speed(fast, slow));
        assertEquals("2.0\u00d7 slower", phrases.speed(slow, fast));
        Timing close = Timing.of(List.of(run(1, 0.300, 0.301)));
        Timing closeSlow = Timing.of(List.of(run(1, 0.310, 0.311)));
        String text = phrases.speed(close, closeSlow);
        assertEquals("1.03\u00d7 faster", text);
        assertFalse(phrases.speed(Timing.of(List.of(run(1, 1.000, 1.0001))), Timing.of(List.of(run(1, 1.002, 1.003))))
                .contains("1.0\u00d7"));
        assertTrue(phrases.speed(Timing.NONE, slow).contains("unknown"));
    }
}
