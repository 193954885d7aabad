package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import edu.rnnlab.data.translation.SentencePair;
import edu.rnnlab.data.translation.SentenceVocabulary;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * English-to-French translation with teacher forcing, as d2l's {@code train_seq2seq}. Every sentence is
 * its words and {@code <eos>}, padded or cut to T steps ({@link SentenceVocabulary#encode}). A batch is
 * {@code NDList(source (B, T), decoderInput (B, T))}, the decoder input being {@code <bos>} followed by
 * the target's first T-1 tokens; labels are {@code NDList(target (B, T), targetValidLength (B),
 * exampleIndex (B))}, all int32. The loss masks the padding ({@link MaskedCrossEntropy}); the metric is
 * BLEU of the greedy translations ({@link BleuEvaluation}); throughput counts sentence pairs.
 */
public final class TranslationTask implements Task {

    private final Map<Split, Encoded> splits = new EnumMap<>(Split.class);
    private final SentenceVocabulary source;
    private final SentenceVocabulary target;
    private final int steps;

    /** One split's pairs as index arrays. */
    private record Encoded(int[] source, int[] decoderInput, int[] target, int[] valid, List<List<String>> references) {

        int size() {
            return valid.length;
        }
    }

    /**
     * @param train  training pairs (likewise {@code val}, {@code test})
     * @param source source vocabulary (fitted on the training pairs)
     * @param target target vocabulary (fitted on the training pairs)
     * @param steps  time steps T ({@code dataset.window})
     */
    public TranslationTask(
            List<SentencePair> train,
            List<SentencePair> val,
            List<SentencePair> test,
            SentenceVocabulary source,
            SentenceVocabulary target,
            int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("a translation needs at least 2 steps, got " + steps);
        }
        this.source = source;
        this.target = target;
        this.steps = steps;
        splits.put(Split.TRAIN, encode(train));
        splits.put(Split.VAL, encode(val));
        splits.put(Split.TEST, encode(test));
    }

    private Encoded encode(List<SentencePair> pairs) {
        int n = pairs.size();
        int[] src = new int[n * steps];
        int[] tgt = new int[n * steps];
        int[] dec = new int[n * steps];
        int[] valid = new int[n];
        for (int i = 0; i < n; i++) {
            source.encode(pairs.get(i).source(), steps, src, i * steps);
            valid[i] = target.encode(pairs.get(i).target(), steps, tgt, i * steps);
            dec[i * steps] = SentenceVocabulary.BOS;
            System.arraycopy(tgt, i * steps, dec, i * steps + 1, steps - 1);
        }
        return new Encoded(
                src, dec, tgt, valid, pairs.stream().map(SentencePair::target).toList());
    }

    /** Time steps per sentence. */
    public int steps() {
        return steps;
    }

    @Override
    public int size(Split split) {
        return splits.get(split).size();
    }

    @Override
    public Batch batch(NDManager manager, Split split, int[] indices) {
        Encoded e = splits.get(split);
        int b = indices.length;
        int[] src = new int[b * steps];
        int[] dec = new int[b * steps];
        int[] tgt = new int[b * steps];
        int[] valid = new int[b];
        for (int k = 0; k < b; k++) {
            int i = indices[k];
            System.arraycopy(e.source(), i * steps, src, k * steps, steps);
            System.arraycopy(e.decoderInput(), i * steps, dec, k * steps, steps);
            System.arraycopy(e.target(), i * steps, tgt, k * steps, steps);
            valid[k] = e.valid()[i];
        }
        Shape shape = new Shape(b, steps);
        NDList inputs = new NDList(manager.create(src, shape), manager.create(dec, shape));
        NDList labels = new NDList(manager.create(tgt, shape), manager.create(valid), manager.create(indices.clone()));
        return new Batch(inputs, labels, b);
    }

    @Override
    public Shape[] inputShapes(int batchSize) {
        return new Shape[] {new Shape(batchSize, steps), new Shape(batchSize, steps)};
    }

    @Override
    public Loss loss() {
        return new MaskedCrossEntropy();
    }

    @Override
    public Evaluation newEvaluation(Split split) {
        return new BleuEvaluation(splits.get(split).references(), target);
    }

    @Override
    public List<String> metricNames() {
        return Metric.keys(Metric.Task.TRANSLATION);
    }
}
