package edu.rnnlab.bench;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import edu.rnnlab.run.Implementation;
import java.util.List;
import java.util.Locale;

/** Renders benchmark results as a fixed-width text table headed by the engine and its threads. */
final class BenchTable {

    private BenchTable() {}

    static String render(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "Cell training throughput (forward + backward + Adam step), %s%n", engineLine()));
        out.append(String.format(
                Locale.ROOT,
                "%-15s %-5s %-8s %22s %21s %10s %15s %11s %8s%n",
                "shape",
                "cell",
                "impl",
                "throughput (median)",
                "min - max",
                "ms/batch",
                "ms min - max",
                "vs library",
                "repeats"));
        for (BenchResult r : results) {
            String impl = r.impl() == Implementation.SCRATCH ? "scratch" : "library";
            String throughput = String.format(Locale.ROOT, "%,.0f %s/s", r.throughput(), r.unit());
            String spread = String.format(Locale.ROOT, "%,.0f - %,.0f", r.throughputMin(), r.throughputMax());
            String msSpread = String.format(Locale.ROOT, "%.2f - %.2f", r.msMin(), r.msMax());
            out.append(String.format(
                    Locale.ROOT,
                    "%-15s %-5s %-8s %22s %21s %10.2f %15s %10.2fx %8s%n",
                    r.shape(),
                    r.cell(),
                    impl,
                    throughput,
                    spread,
                    r.msPerBatch(),
                    msSpread,
                    r.ratio(),
                    r.repeats() + "x" + r.batches()));
        }
        out.append("(repeats: timed repeats x batches each, hand-written and library interleaved; min - max: the "
                + "slowest and fastest repeat)\n");
        return out.toString();
    }

    /** Engine, version and the intra-/inter-op thread counts it actually runs with. */
    static String engineLine() {
        Engine engine = Engine.getInstance();
        String threads;
        if ("PyTorch".equals(engine.getEngineName())) {
            threads = "intra-op threads " + JniUtils.getNumThreads() + ", inter-op threads "
                    + JniUtils.getNumInteropThreads();
        } else {
            threads = "threads unknown";
        }
        return engine.getEngineName() + ' ' + engine.getVersion() + " on " + engine.defaultDevice() + ", " + threads
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs visible, " + allocator();
    }

    /**
     * The C allocator's settings, when the user set any: they move these timings a lot (a fixed glibc
     * mmap/trim threshold was measured to speed the hand-written GRU and to slow the library LSTM up to
     * sixfold on one machine), so a table says what it ran under.
     */
    private static String allocator() {
        String tunables = System.getenv("GLIBC_TUNABLES");
        return tunables == null || tunables.isBlank() ? "malloc: glibc defaults" : "GLIBC_TUNABLES=" + tunables;
    }
}
