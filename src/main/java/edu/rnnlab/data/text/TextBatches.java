package edu.rnnlab.data.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * The textbook's two ways of cutting a token stream into (batch, steps) minibatches.
 * <ul>
 *   <li><b>Sequential partitioning</b> ({@code seq_data_iter_sequential}): after a random offset the
 *       stream is cut into {@code batch} long rows and read left to right, so row {@code b} of one
 *       batch continues exactly where row {@code b} of the previous batch ended — the hidden state
 *       can be carried across batches (detached).
 *   <li><b>Random sampling</b> ({@code seq_data_iter_random}): after a random offset the stream is cut
 *       into non-overlapping subsequences of {@code steps} tokens, shuffled, and grouped; batches are
 *       independent, so the state starts from zero each time.
 * </ul>
 * With {@code random == null} the offset is 0 and nothing is shuffled, for reproducible evaluation.
 */
public final class TextBatches {

    private TextBatches() {}

    /** Sequential partitioning. */
    public static Iterator<TokenBatch> sequential(int[] tokens, int batch, int steps, Random random) {
        check(batch, steps);
        int offset = random == null ? 0 : random.nextInt(steps);
        int perRow = Math.max(0, (tokens.length - offset - 1) / batch);
        int batches = perRow / steps;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public TokenBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int[] x = new int[batch * steps];
                int[] y = new int[batch * steps];
                for (int b = 0; b < batch; b++) {
                    int start = offset + b * perRow + next * steps;
                    System.arraycopy(tokens, start, x, b * steps, steps);
                    System.arraycopy(tokens, start + 1, y, b * steps, steps);
                }
                next++;
                return new TokenBatch(batch, steps, x, y);
            }
        };
    }

    /** Random sampling. */
    public static Iterator<TokenBatch> random(int[] tokens, int batch, int steps, Random random) {
        check(batch, steps);
        int offset = random == null ? 0 : random.nextInt(steps);
        int subsequences = Math.max(0, (tokens.length - offset - 1) / steps);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < subsequences; i++) {
            starts.add(offset + i * steps);
        }
        if (random != null) {
            Collections.shuffle(starts, random);
        }
        int batches = subsequences / batch;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public TokenBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int[] x = new int[batch * steps];
                int[] y = new int[batch * steps];
                for (int b = 0; b < batch; b++) {
                    int start = starts.get(next * batch + b);
                    System.arraycopy(tokens, start, x, b * steps, steps);
                    System.arraycopy(tokens, start + 1, y, b * steps, steps);
                }
                next++;
                return new TokenBatch(batch, steps, x, y);
            }
        };
    }

    /** Batches per epoch of sequential partitioning with offset 0 (the most a random offset gives). */
    public static int sequentialBatches(int tokens, int batch, int steps) {
        check(batch, steps);
        return Math.max(0, (tokens - 1) / batch) / steps;
    }

    private static void check(int batch, int steps) {
        if (batch < 1 || steps < 1) {
            throw new IllegalArgumentException("batch and steps must be positive, got " + batch + " and " + steps);
        }
    }
}
