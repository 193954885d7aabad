package edu.rnnlab.model.library;

import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's autograd switch for the calling thread, restored on close. Torch keeps grad mode per
 * thread, so this never affects a run on another thread. Used directly rather than through a
 * {@code GradientCollector} because DJL allows only one collector per JVM.
 */
final class GradMode implements AutoCloseable {

    private final boolean previous;

    private GradMode(boolean on) {
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(on);
    }

    /** Autograd on until {@link #close()}. */
    static GradMode on() {
        return new GradMode(true);
    }

    /** Autograd off until {@link #close()}. */
    static GradMode off() {
        return new GradMode(false);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
