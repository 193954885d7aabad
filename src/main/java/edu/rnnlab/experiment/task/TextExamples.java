package edu.rnnlab.experiment.task;

/**
 * Which tokens "example i" of one split covers, for the two textbook samplings.
 *
 * <p>Sequential partitioning lays the split out as {@code streams} parallel rows of {@code perRow}
 * tokens; example {@code i} is chunk {@code i / streams} of stream {@code i % streams}. The training
 * loop and the evaluator hand a sequential task consecutive indices {@code [k*streams, (k+1)*streams)},
 * so batch {@code k} is chunk {@code k} of every stream and row {@code b} of batch {@code k+1}
 * continues exactly where row {@code b} of batch {@code k} ended: the hidden state can be carried.
 *
 * <p>Random sampling cuts the split into non-overlapping subsequences of {@code steps} tokens;
 * example {@code i} is subsequence {@code i} and the loop's per-epoch shuffle does the rest. The
 * offset is always 0 (the textbook draws a random one per epoch): the run's shuffle seed alone then
 * decides what a run sees, so reruns reproduce.
 */
final class TextExamples {

    private final int[] tokens;
    private final int steps;
    private final boolean sequential;
    private final int streams;
    private final int perRow;
    private final int size;

    TextExamples(int[] tokens, int steps, boolean sequential, int streams) {
        this.tokens = tokens;
        this.steps = steps;
        this.sequential = sequential;
        this.streams = streams;
        // Every input token needs its successor as label, hence the "- 1".
        int usable = Math.max(0, tokens.length - 1);
        this.perRow = sequential ? usable / streams : 0;
        this.size = sequential ? streams * (perRow / steps) : usable / steps;
    }

    /** Number of examples. */
    int size() {
        return size;
    }

    /** Index in the token stream of example {@code i}'s first input token. */
    int start(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("example " + i + " of " + size);
        }
        return sequential ? (i % streams) * perRow + (i / streams) * steps : i * steps;
    }

    /** Copies example {@code i}'s inputs and labels (its tokens shifted by one) at {@code offset}. */
    void copy(int i, int[] inputs, int[] labels, int offset) {
        int start = start(i);
        System.arraycopy(tokens, start, inputs, offset, steps);
        System.arraycopy(tokens, start + 1, labels, offset, steps);
    }
}
