package edu.rnnlab.experiment;

import java.util.Map;

/**
 * The C allocator settings training runs under: glibc's {@code malloc} keeps freed memory for reuse
 * instead of handing it back to the kernel after every batch.
 *
 * <p>Why: libtorch allocates every tensor with {@code malloc}, and DJL frees a batch's arrays together
 * when its manager closes. With glibc's defaults (an mmap threshold that moves with what was freed
 * last, a 128 KiB trim threshold) the process sometimes settles into returning and re-faulting the
 * same pages every batch: measured on a 2-core AMD EPYC, the hand-written GRU at the language-model
 * shape took 74 and 79 ms per batch in two of four runs and 35-46 ms in the other two; with these
 * settings four runs out of four took 34-39 ms. A fixed 32 MiB mmap threshold (glibc's largest) and a
 * 256 MiB trim threshold keep the batch's memory in the heap; the resident size still levels off
 * after the first batches (it is bounded by the largest batch). Numbers are unaffected: only where
 * memory comes from changes.
 *
 * <p>glibc reads the setting when a process starts, so it cannot be applied to the running JVM: the
 * {@code rnnlab} launcher exports it (same text; a test holds the two equal) and worker processes get
 * it from {@link #applyTo}. Other C libraries ignore the variable.
 */
public final class NativeHeap {

    /** The environment variable glibc reads its allocator settings from. */
    public static final String VARIABLE = "GLIBC_TUNABLES";

    /** The settings: a fixed 32 MiB mmap threshold and a 256 MiB trim threshold. */
    public static final String SETTINGS = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456";

    private NativeHeap() {}

    /** Adds the settings to a child process's environment unless the user set the variable. */
    public static void applyTo(Map<String, String> environment) {
        environment.putIfAbsent(VARIABLE, SETTINGS);
    }
}
