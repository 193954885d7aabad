package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.core.Linear;

/**
 * Elman RNN with tanh, written by hand:
 *
 * <pre>
 *   h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)
 * </pre>
 *
 * (the assignment's {@code h_t = tanh(x_t W_xh + h_{t-1} W_hh + b_h)} with {@code W_xh = W_ih^T},
 * {@code W_hh = W_hh^T}, {@code b_h = b_ih + b_hh}; PyTorch keeps two biases, so do we, to share its
 * weights). Two operations per step: one {@code linear} ({@code addmm}: the step's projected input is
 * the bias) and one {@code tanh}.
 */
public final class RnnCell implements Cell {

    @Override
    public int states() {
        return 1;
    }

    @Override
    public NDList layer(NDArray inputs, int steps, NDList initial, LayerWeights weights) {
        NDList xSteps = weights.projectedSteps(inputs, steps);
        NDArray wHh = weights.wHh();
        NDArray h = initial.get(0);
        NDList hs = new NDList(steps);
        // report:begin step
        for (int t = 0; t < steps; t++) {
            // h = tanh(xProj_t + h W_hh^T): addmm then tanh
            h = Linear.linear(h, wHh, xSteps.get(t)).head().tanh();
            hs.add(h);
        }
        // report:end step
        return new NDList(NDArrays.stack(hs, 0), h);
    }
}
