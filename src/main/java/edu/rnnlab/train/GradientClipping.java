package edu.rnnlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Global L2-norm gradient clipping, as PyTorch's {@code clip_grad_norm_}: when the norm of all
 * gradients together exceeds the threshold, every gradient is scaled by {@code threshold / norm}.
 * (DJL's {@code optClipGrad} clamps each value instead, which is a different thing.) The norm stays
 * on the device; the scale is applied with one multiply per parameter and no host read.
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
        List<NDArray> gradients = new ArrayList<>();
        for (Pair<String, Parameter> p : parameters) {
            if (p.getValue().requiresGradient() && p.getValue().isInitialized()) {
                NDArray g = p.getValue().getArray().getGradient();
                g.attach(scratch); // the wrapper and everything computed from it die with the batch
                gradients.add(g);
            }
        }
        NDArray squared = null;
        for (NDArray g : gradients) {
            NDArray s = g.square().sum();
            squared = squared == null ? s : squared.add(s);
        }
        if (squared == null) {
            return;
        }
        NDArray norm = squared.sqrt();
        // scale = min(1, threshold / (norm + eps)), computed on the device
        NDArray scale = norm.add(1e-6).pow(-1).mul(threshold).minimum(1f);
        for (NDArray g : gradients) {
            g.muli(scale);
        }
    }
}
