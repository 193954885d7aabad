package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.core.Linear;

/**
 * The weights of one layer and direction in the PyTorch layout, plus the per-batch manager that
 * owns whatever the cell derives from them.
 *
 * @param wIh   input-to-hidden weights {@code W_ih}, shape (G*H, in), gate blocks stacked by rows
 * @param wHh   hidden-to-hidden weights {@code W_hh}, shape (G*H, H)
 * @param bIh   input-to-hidden bias {@code b_ih}, shape (G*H)
 * @param bHh   hidden-to-hidden bias {@code b_hh}, shape (G*H)
 * @param batch the manager of the input arrays; closed by the caller after the batch
 */
public record LayerWeights(NDArray wIh, NDArray wHh, NDArray bIh, NDArray bHh, NDManager batch) {

    /** Hidden size H (rows of {@code W_hh} per gate). */
    public long hidden() {
        return wHh.getShape().get(1);
    }

    /**
     * Moves an array computed from weights alone (a slice or re-ordering of {@code W_hh}) to the
     * batch manager. Why: PyTorch ops attach their result to the manager of their first operand,
     * which for a weight is the model's long-lived manager, so without this every batch would
     * leave arrays behind until the model is closed.
     */
    public NDArray own(NDArray derived) {
        derived.attach(batch);
        return derived;
    }

    /** {@link #own(NDArray)} for every array of a list (e.g. the views a split returns). */
    public NDList own(NDList derived) {
        derived.attach(batch);
        return derived;
    }

    /**
     * The input projection of every step at once, {@code x W_ih^T + b_ih + b_hh} as (T*B, G*H), split
     * into T per-step arrays: one matrix product for the whole sequence instead of one per step. For
     * cells whose recurrent bias enters every gate additively (RNN, LSTM); the biases are summed first
     * because they are small.
     */
    public NDList projectedSteps(NDArray inputs, int steps) {
        NDArray bias = own(bIh.add(bHh));
        return Linear.linear(inputs, wIh, bias).head().split(steps, 0);
    }
}
