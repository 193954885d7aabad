package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Next-token prediction over a token stream (the "Dive into Deep Learning" Time Machine model).
 * A batch is {@code NDList(tokens (B, T) int32, carried states...)} with labels {@code (B, T) int32},
 * every label the token after its input. The loss is the mean cross-entropy over all B*T positions
 * ({@link LanguageModelLoss}); the metric is perplexity; throughput counts tokens.
 *
 * <p>With sequential partitioning ({@link #sequential()} true) the split is read as B parallel
 * streams and the final states of each batch, detached, are the initial states of the next
 * ({@link CarriedState}); every pass starts from zero states. The number of streams is the batch size
 * the model is initialised with: {@link #inputShapes(int)} is the first thing the training loop asks,
 * with {@code train.batch}, and the evaluator reads sequential splits in that same batch size.
 * With random sampling every batch starts from zero states.
 */
public final class LanguageModelTask implements Task {

    /** The textbook's batch size, used as the stream count until the loop announces its own. */
    public static final int DEFAULT_STREAMS = 32;

    private final Map<Split, int[]> tokens = new EnumMap<>(Split.class);
    private final int vocabulary;
    private final int steps;
    private final boolean sequential;
    private final Map<Split, TextExamples> examples = new EnumMap<>(Split.class);
    private final CarriedState state = new CarriedState();
    private int streams;

    /**
     * @param train      training tokens, in text order (likewise {@code val}, {@code test})
     * @param vocabulary tokens in the vocabulary, {@code <unk>} included: the model's output size
     * @param steps      time steps per example (T, {@code dataset.window})
     * @param sequential sequential partitioning with carried state, else random sampling
     */
    public LanguageModelTask(int[] train, int[] val, int[] test, int vocabulary, int steps, boolean sequential) {
        if (steps < 1 || vocabulary < 2) {
            throw new IllegalArgumentException("steps must be positive and the vocabulary at least 2");
        }
        tokens.put(Split.TRAIN, train);
        tokens.put(Split.VAL, val);
        tokens.put(Split.TEST, test);
        this.vocabulary = vocabulary;
        this.steps = steps;
        this.sequential = sequential;
        layOut(DEFAULT_STREAMS);
    }

    /** Lays the splits out as {@code count} parallel streams (sequential partitioning only). */
    public void layOut(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("streams must be positive, got " + count);
        }
        streams = count;
        for (Split split : Split.values()) {
            examples.put(split, new TextExamples(tokens.get(split), steps, sequential, count));
        }
    }

    /** The vocabulary size: the model's input (one-hot) and output size. */
    public int vocabulary() {
        return vocabulary;
    }

    /** Time steps per example. */
    public int steps() {
        return steps;
    }

    /** Parallel streams of the sequential layout (the batch size). */
    public int streams() {
        return streams;
    }

    @Override
    public int size(Split split) {
        return examples.get(split).size();
    }

    @Override
    public Batch batch(NDManager manager, Split split, int[] indices) {
        int b = indices.length;
        int[] inputs = new int[b * steps];
        int[] labels = new int[b * steps];
        TextExamples part = examples.get(split);
        for (int k = 0; k < b; k++) {
            part.copy(indices[k], inputs, labels, k * steps);
        }
        NDList in = new NDList(manager.create(inputs, new Shape(b, steps)));
        if (sequential) {
            checkConsecutive(indices);
            if (indices[0] == 0) {
                state.reset(); // chunk 0 starts the streams: nothing to carry, whatever came before
            }
            in.addAll(state.take());
        }
        return new Batch(in, new NDList(manager.create(labels, new Shape(b, steps))), b);
    }

    @Override
    public Shape[] inputShapes(int batchSize) {
        if (sequential && batchSize != streams) {
            layOut(batchSize);
        }
        return new Shape[] {new Shape(batchSize, steps)};
    }

    @Override
    public Loss loss() {
        return new LanguageModelLoss();
    }

    @Override
    public Evaluation newEvaluation(Split split) {
        return new PerplexityEvaluation();
    }

    @Override
    public List<String> metricNames() {
        return List.of(PerplexityEvaluation.METRIC);
    }

    @Override
    public boolean sequential() {
        return sequential;
    }

    @Override
    public void startPass(Split split) {
        state.reset();
    }

    @Override
    public void afterForward(Split split, NDList predictions) {
        if (sequential) {
            state.keep(predictions);
        }
    }

    /** Releases the carried state (e.g. after the last pass of a run). */
    public void release() {
        state.close();
    }

    @Override
    public String throughputUnit() {
        return "tokens";
    }

    @Override
    public int unitsPerExample() {
        return steps;
    }

    private void checkConsecutive(int[] indices) {
        boolean ok = indices.length == streams && indices[0] % streams == 0;
        for (int k = 1; ok && k < indices.length; k++) {
            ok = indices[k] == indices[0] + k;
        }
        if (!ok) {
            throw new IllegalStateException("a sequential language model needs batches of " + streams
                    + " consecutive examples starting at a multiple of " + streams + " (one chunk of every stream)");
        }
    }
}
