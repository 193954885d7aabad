package edu.rnnlab.model.library;

import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Runs work with PyTorch's autograd switched on or off for the calling thread, restoring the previous
 * setting afterwards. Torch keeps grad mode per thread, so this never affects a run on another thread.
 * Used directly rather than through a {@code GradientCollector} because DJL allows only one collector
 * per JVM.
 */
final class GradMode {

    private GradMode() {}

    /** {@code work} with autograd on. */
    static <T> T on(Supplier<T> work) {
        return with(true, work);
    }

    /** {@code work} with autograd off. */
    static <T> T off(Supplier<T> work) {
        return with(false, work);
    }

    private static <T> T with(boolean enabled, Supplier<T> work) {
        boolean previous = JniUtils.isGradMode();
        JniUtils.setGradMode(enabled);
        try {
            return work.get();
        } finally {
            JniUtils.setGradMode(previous);
        }
    }
}
