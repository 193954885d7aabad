package edu.rnnlab.train;

import java.util.Random;

/**
 * The order of training examples in each epoch: a fresh shuffle per epoch from the run's shuffle
 * seed, so a rerun with the same seed sees exactly the same batches; in order for sequential tasks.
 */
final class BatchOrder {

    private final int examples;
    private final int batchSize;
    private final long seed;
    private final boolean sequential;

    BatchOrder(int examples, int batchSize, long seed, boolean sequential) {
        if (batchSize < 1) {
            throw edu.rnnlab.RnnlabException.badInput("train.batch must be at least 1 (got " + batchSize + ").");
        }
        this.examples = examples;
        this.batchSize = batchSize;
        this.seed = seed;
        this.sequential = sequential;
    }

    /** The batches (example indices) of an epoch; the last batch may be smaller. */
    int[][] epoch(int epoch) {
        int[] order = new int[examples];
        for (int i = 0; i < examples; i++) {
            order[i] = i;
        }
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = sequential ? 0 : examples - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int count = (examples + batchSize - 1) / batchSize;
        int[][] batches = new int[count][];
        for (int b = 0; b < count; b++) {
            int from = b * batchSize;
            batches[b] = java.util.Arrays.copyOfRange(order, from, Math.min(examples, from + batchSize));
        }
        return batches;
    }
}
