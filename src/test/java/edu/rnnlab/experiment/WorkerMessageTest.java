package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lines between the invoking process and its workers, and the lab clock fed from them. */
class WorkerMessageTest {

    @Test
    void textSurvivesLineBreaksAndBackslashes() {
        String text = "C:\\data\\new\nsecond line \\n literal";
        WorkerMessage info =
                WorkerMessage.decode(WorkerMessage.info(text).encode()).orElseThrow();
        assertEquals("info", info.kind());
        assertEquals(text, info.text());
        assertEquals(1, WorkerMessage.info(text).encode().lines().count(), "one message, one line");

        WorkerMessage failed = WorkerMessage.decode(
                        WorkerMessage.failed(5, "refused: use impl scratch").encode())
                .orElseThrow();
        assertEquals(5, failed.integer(0));
        assertEquals("refused: use impl scratch", failed.text());
    }

    @Test
    void numbersAndTimesRoundTrip() {
        WorkerMessage batch = WorkerMessage.decode(
                        WorkerMessage.batch(3, 17, 0.125, Double.NaN).encode())
                .orElseThrow();
        assertEquals(3, batch.integer(0));
        assertEquals(17, batch.integer(1));
        assertEquals(0.125, batch.decimal(2), 1e-9);
        assertTrue(Double.isNaN(batch.decimal(3)));
        RunTimes times = new RunTimes(0.5, 12.25, 2.0, 15.5);
        assertEquals(
                times,
                WorkerMessage.decode(WorkerMessage.done(times).encode())
                        .orElseThrow()
                        .times());
    }

    @Test
    void linesWithoutThePrefixAreNotMessages() {
        assertTrue(WorkerMessage.decode("[W1202 LegacyTypeDispatch.h:74] Warning: ...")
                .isEmpty());
        assertTrue(WorkerMessage.decode("done 1 2 3 4").isEmpty());
    }

    @Test
    void theLabClockCountsRunsDoneAndRunning() {
        LabClock clock = new LabClock(Map.of("a", 1.0, "b", 3.0, "c", 2.0));
        clock.started("a");
        clock.started("b");
        clock.progress("b", 0.5);
        RunProgress.LabStatus first = clock.status();
        assertEquals(0, first.done());
        assertEquals(2, first.running());
        clock.finished("a");
        RunProgress.LabStatus status = clock.status();
        assertEquals(1, status.done());
        assertEquals(3, status.total());
        assertEquals(1, status.running(), "b is still training");
    }
}
