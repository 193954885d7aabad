package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy over the target positions that hold a word or {@code <eos>}, padding masked out
 * (d2l's {@code MaskedSoftmaxCELoss}): predictions {@code NDList(logits (B, T, V)[, ...])}, labels
 * {@code NDList(targets (B, T) int32, validLengths (B) int32[, ...])}. The value is the mean over the valid
 * positions, in nats per token. The book averages each sentence's masked losses over all T steps, so the
 * loss it prints is this one divided by T (its 0.019 after 300 epochs is 0.19 here), and it
 * back-propagates their sum over the batch: the same direction at another scale, which Adam all but
 * ignores.
 */
public final class MaskedCrossEntropy extends Loss {

    /** The loss, named {@code masked_cross_entropy} in DJL's accumulators. */
    public MaskedCrossEntropy() {
        super("masked_cross_entropy");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.head();
        NDArray targets = labels.get(0).toType(DataType.INT64, false);
        long steps = targets.getShape().get(1);
        NDArray valid = labels.get(1).toType(DataType.INT64, false).expandDims(1);
        NDArray positions = logits.getManager().arange(0, (int) steps, 1, DataType.INT64);
        NDArray mask = positions.expandDims(0).lt(valid).toType(DataType.FLOAT32, false);
        NDArray picked = logits.logSoftmax(2).gather(targets.expandDims(2), 2).squeeze(2);
        return picked.mul(mask).sum().neg().div(mask.sum());
    }
}
