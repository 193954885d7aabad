package edu.rnnlab.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextBatchesTest {

    private static final int[] TOKENS = IntStream.range(0, 100).toArray();

    @Test
    void sequentialRowsContinueAcrossBatches() {
        Iterator<TokenBatch> it = TextBatches.sequential(TOKENS, 2, 5, null);
        TokenBatch first = it.next();
        // 99 usable tokens / 2 rows = 49 per row; row 1 starts at 49
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 49, 50, 51, 52, 53}, first.inputs());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 50, 51, 52, 53, 54}, first.labels());
        TokenBatch second = it.next();
        assertArrayEquals(new int[] {5, 6, 7, 8, 9, 54, 55, 56, 57, 58}, second.inputs());
        int n = 2;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        assertEquals(9, n);
        assertEquals(9, TextBatches.sequentialBatches(100, 2, 5));
    }

    @Test
    void sequentialWithRandomOffsetStaysInBoundsAndShifted() {
        for (int seed = 0; seed < 20; seed++) {
            Iterator<TokenBatch> it = TextBatches.sequential(TOKENS, 3, 7, new Random(seed));
            while (it.hasNext()) {
                TokenBatch b = it.next();
                for (int i = 0; i < b.inputs().length; i++) {
                    assertEquals(b.inputs()[i] + 1, b.labels()[i]);
                    assertTrue(b.labels()[i] < 100);
                }
            }
        }
    }

    @Test
    void randomSamplingUsesDisjointShuffledSubsequences() {
        Iterator<TokenBatch> it = TextBatches.random(TOKENS, 3, 5, new Random(7));
        Set<Integer> starts = new HashSet<>();
        int batches = 0;
        boolean shuffled = false;
        int previous = -1;
        while (it.hasNext()) {
            TokenBatch b = it.next();
            batches++;
            for (int r = 0; r < 3; r++) {
                int s = b.inputs()[r * 5];
                assertTrue(starts.add(s), "start used twice: " + s);
                shuffled |= s < previous;
                previous = s;
                for (int t = 0; t < 5; t++) {
                    assertEquals(s + t, b.inputs()[r * 5 + t]);
                    assertEquals(s + t + 1, b.labels()[r * 5 + t]);
                }
            }
        }
        assertTrue(batches == 6, "batches " + batches); // (99 - offset) / 5 >= 19 subsequences -> 6 batches
        assertTrue(shuffled);
        assertFalse(TextBatches.random(new int[3], 2, 5, null).hasNext());
    }
}
