package edu.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.rnnlab.RnnlabException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The batch order: deterministic per seed and epoch, a permutation, in order for sequential tasks. */
class BatchOrderTest {

    @Test
    void theSameSeedAndEpochGiveTheSameBatches() {
        assertArrayEquals(new BatchOrder(10, 3, 42, false).epoch(2), new BatchOrder(10, 3, 42, false).epoch(2));
    }

    @Test
    void epochsAndSeedsShuffleDifferently() {
        BatchOrder order = new BatchOrder(50, 50, 42, false);
        assertFalse(Arrays.equals(order.epoch(0)[0], order.epoch(1)[0]), "a fresh shuffle per epoch");
        assertFalse(Arrays.equals(order.epoch(0)[0], new BatchOrder(50, 50, 43, false).epoch(0)[0]), "per seed");
    }

    @Test
    void everyExampleOnceWithASmallerLastBatch() {
        int[][] batches = new BatchOrder(10, 4, 7, false).epoch(0);
        assertEquals(3, batches.length);
        assertEquals(2, batches[2].length);
        int[] all = Stream.of(batches).flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
    }

    @Test
    void sequentialTasksKeepTheOrder() {
        int[][] batches = new BatchOrder(5, 2, 7, true).epoch(3);
        assertArrayEquals(new int[][] {{0, 1}, {2, 3}, {4}}, batches);
    }

    @Test
    void aBatchSizeBelowOneIsBadInput() {
        Executable make = () -> new BatchOrder(5, 0, 7, false);
        assertEquals(
                RnnlabException.Exit.BAD_INPUT,
                org.junit.jupiter.api.Assertions.assertThrows(RnnlabException.class, make)
                        .exit());
    }
}
