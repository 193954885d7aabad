package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;

/**
 * Mean softmax cross-entropy over every position of a language model's output. The model returns
 * {@code NDList(logits (B, T, V), final states...)}; DJL's {@link SoftmaxCrossEntropyLoss} rejects a
 * multi-array prediction ({@code singletonOrThrow}), so only the logits are passed on, flattened to
 * {@code (B*T, V)} against sparse labels {@code (B*T)}.
 */
public final class LanguageModelLoss extends Loss {

    private final SoftmaxCrossEntropyLoss crossEntropy = new SoftmaxCrossEntropyLoss();

    /** The loss, named {@code lm_cross_entropy} in DJL's accumulators. */
    public LanguageModelLoss() {
        super("lm_cross_entropy");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.head();
        long vocabulary = logits.getShape().get(logits.getShape().dimension() - 1);
        return crossEntropy.evaluate(new NDList(labels.head().reshape(-1)), new NDList(logits.reshape(-1, vocabulary)));
    }
}
