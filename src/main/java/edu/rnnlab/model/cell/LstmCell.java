package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;

/**
 * Long short-term memory, written by hand (PyTorch form and gate order i, f, g, o):
 *
 * <pre>
 *   i_t = σ(x_t W_ii^T + b_ii + h_{t-1} W_hi^T + b_hi)
 *   f_t = σ(x_t W_if^T + b_if + h_{t-1} W_hf^T + b_hf)
 *   g_t = tanh(x_t W_ig^T + b_ig + h_{t-1} W_hg^T + b_hg)      (the candidate c~_t)
 *   o_t = σ(x_t W_io^T + b_io + h_{t-1} W_ho^T + b_ho)
 *   c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
 *   h_t = o_t ⊙ tanh(c_t)
 * </pre>
 *
 * <p>Ten operations per step: one {@code linear} for all four gates' pre-activations, one
 * {@code sigmoid} over all of them (the g block's sigmoid is computed and not used: a quarter more
 * sigmoid work is cheaper than the extra operations of picking the three sigmoid gates out first, or
 * of re-ordering the gate blocks before the loop), a {@code tanh} on the g block, two splits, three
 * operations for {@code c_t} and two for {@code h_t}.
 */
public final class LstmCell implements Cell {

    @Override
    public int states() {
        return 2;
    }

    @Override
    public NDList layer(NDArray inputs, int steps, NDList initial, LayerWeights weights) {
        NDList xSteps = weights.projectedSteps(inputs, steps);
        NDArray wHh = weights.wHh();
        NDArray h = initial.get(0);
        NDArray c = initial.get(1);
        NDList hs = new NDList(steps);
        // report:begin step
        for (int t = 0; t < steps; t++) {
            NDArray pre = Linear.linear(h, wHh, xSteps.get(t)).head();
            NDList sig = Activation.sigmoid(pre).split(4, 1); // i, f, (unused), o
            NDArray g = pre.split(4, 1).get(2).tanh();
            c = sig.get(1).mul(c).add(sig.get(0).mul(g));
            h = sig.get(3).mul(c.tanh());
            hs.add(h);
        }
        // report:end step
        return new NDList(NDArrays.stack(hs, 0), h, c);
    }
}
