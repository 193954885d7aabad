package edu.rnnlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;

/**
 * Global L2-norm gradient clipping, as PyTorch's {@code clip_grad_norm_}: the norm of the
 * per-parameter norms; when it exceeds the threshold every gradient is scaled by
 * {@code threshold / (norm + 1e-6)}. (DJL's {@code optClipGrad} clamps each value instead, which is a
 * different thing.)
 *
 * <p>Why the norm is read back: it costs one host read per batch (the loss is read anyway), and it
 * lets the common case, a norm under the threshold, end there. Computing the scale on the device and
 * multiplying by it unconditionally took about 35 engine calls per batch for a six-parameter model
 * (each with its own JNI crossing, several with a scalar argument); this takes two per parameter
 * (its gradient and that gradient's norm) and three more, plus one per parameter only when clipping acts.
 */
public final class GradientClipping {

    private GradientClipping() {}

    /**
     * Clips the gradients of the given parameters in place; does nothing when threshold <= 0.
     * Temporaries are attached to {@code scratch}, the caller's per-batch manager.
     */
    public static void clip(ParameterList parameters, double threshold, NDManager scratch) {
        if (threshold <= 0) {
            return;
        }
        NDList gradients = new NDList();
        NDList norms = new NDList();
        for (Pair<String, Parameter> p : parameters) {
            if (p.getValue().requiresGradient() && p.getValue().isInitialized()) {
                NDArray g = p.getValue().getArray().getGradient();
                g.attach(scratch); // the wrapper and everything computed from it die with the batch
                gradients.add(g);
                norms.add(g.norm());
            }
        }
        if (gradients.isEmpty()) {
            return;
        }
        float norm = NDArrays.stack(norms).norm().getFloat();
        // float arithmetic, as PyTorch computes the coefficient on float32 tensors
        float scale = (float) threshold / (norm + 1e-6f);
        if (!(scale >= 1f)) { // below 1, or NaN from a non-finite norm (PyTorch then scales by NaN too)
            NDArray factor = scratch.create(scale);
            for (NDArray g : gradients) {
                g.muli(factor);
            }
        }
    }
}
