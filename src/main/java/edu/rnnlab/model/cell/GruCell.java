package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import edu.rnnlab.run.GruForm;

/**
 * Gated recurrent unit, written by hand, gate order r, z, n (PyTorch), in one of two forms.
 *
 * <pre>
 *   r_t = σ(x_t W_ir^T + b_ir + h_{t-1} W_hr^T + b_hr)
 *   z_t = σ(x_t W_iz^T + b_iz + h_{t-1} W_hz^T + b_hz)
 *   RESET_AFTER (PyTorch, cuDNN, DJL):  n_t = tanh(x_t W_in^T + b_in + r_t ⊙ (h_{t-1} W_hn^T + b_hn))
 *   TEXTBOOK (d2l):                     n_t = tanh(x_t W_in^T + b_in + (r_t ⊙ h_{t-1}) W_hn^T + b_hn)
 *   h_t = z_t ⊙ h_{t-1} + (1 - z_t) ⊙ n_t  =  n_t + z_t ⊙ (h_{t-1} - n_t)
 * </pre>
 *
 * ({@code n_t} is the textbook's candidate {@code h~_t}.) Both forms use the same weight shapes, so
 * a textbook GRU has exactly as many parameters as the library's; only RESET_AFTER equals it.
 */
public final class GruCell implements Cell {

    private final GruForm form;

    /** A GRU cell of the given candidate form. */
    public GruCell(GruForm form) {
        this.form = form;
    }

    @Override
    public int states() {
        return 1;
    }

    @Override
    public NDList layer(NDArray inputs, int steps, NDList initial, LayerWeights weights) {
        return form == GruForm.TEXTBOOK
                ? textbook(inputs, steps, initial.get(0), weights)
                : resetAfter(inputs, steps, initial.get(0), weights);
    }

    /**
     * Reset-after form, ten operations per step. The step's matrix product computes
     * {@code [x W_ir,z^T + b_ir,z + b_hr,z + h W_hr,z^T | h W_hn^T + b_hn]} in one {@code addmm}: its
     * bias is the projected input with the n-block replaced by {@code b_hn}.
     */
    private static NDList resetAfter(NDArray inputs, int steps, NDArray h, LayerWeights weights) {
        long hidden = weights.hidden();
        NDArray xProj = Linear.linear(inputs, weights.wIh(), weights.bIh()).head();
        // stepBias = [xProj_rz + b_hrz | b_hn]: mask zeroes xProj's n-block, then b_hh is added
        NDArray stepBias = xProj.mul(nBlockMask(xProj.getManager(), hidden)).add(weights.bHh());
        NDList biasSteps = stepBias.split(steps, 0);
        NDList xnSteps = xProj.split(new long[] {2 * hidden}, 1).get(1).split(steps, 0);
        NDArray wHh = weights.wHh();
        long[] rzBlock = {2 * hidden};
        NDList hs = new NDList(steps);
        // report:begin step
        for (int t = 0; t < steps; t++) {
            NDList pre = Linear.linear(h, wHh, biasSteps.get(t)).head().split(rzBlock, 1);
            NDList rz = Activation.sigmoid(pre.get(0)).split(2, 1);
            // n = tanh(x W_in^T + b_in + r * (h W_hn^T + b_hn))
            NDArray n = xnSteps.get(t).add(rz.get(0).mul(pre.get(1))).tanh();
            h = n.add(rz.get(1).mul(h.sub(n)));
            hs.add(h);
        }
        // report:end step
        return new NDList(NDArrays.stack(hs, 0), h);
    }

    /**
     * Textbook form, nine operations per step: the reset gate acts before the product with
     * {@code W_hn}, so r,z and n need two products per step.
     */
    private static NDList textbook(NDArray inputs, int steps, NDArray h, LayerWeights weights) {
        long hidden = weights.hidden();
        NDArray xProj =
                Linear.linear(inputs, weights.wIh(), weights.bIh()).head().add(weights.bHh());
        NDList xParts = xProj.split(new long[] {2 * hidden}, 1);
        NDList xRzSteps = xParts.get(0).split(steps, 0);
        NDList xnSteps = xParts.get(1).split(steps, 0);
        NDList wParts = weights.own(weights.wHh().split(new long[] {2 * hidden}, 0));
        NDArray wHrz = wParts.get(0);
        NDArray wHn = wParts.get(1);
        NDList hs = new NDList(steps);
        // report:begin step-textbook
        for (int t = 0; t < steps; t++) {
            NDList rz = Activation.sigmoid(
                            Linear.linear(h, wHrz, xRzSteps.get(t)).head())
                    .split(2, 1);
            // n = tanh(x W_in^T + b_in + b_hn + (r * h) W_hn^T)
            NDArray n =
                    Linear.linear(rz.get(0).mul(h), wHn, xnSteps.get(t)).head().tanh();
            h = n.add(rz.get(1).mul(h.sub(n)));
            hs.add(h);
        }
        // report:end step-textbook
        return new NDList(NDArrays.stack(hs, 0), h);
    }

    /** {@code [1 (2H) | 0 (H)]}: keeps the r and z blocks of a projection, zeroes the n block. */
    private static NDArray nBlockMask(NDManager manager, long hidden) {
        float[] mask = new float[(int) (3 * hidden)];
        java.util.Arrays.fill(mask, 0, (int) (2 * hidden), 1f);
        return manager.create(mask);
    }
}
