package edu.rnnlab.experiment.bench;

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
        out.append(String.format(Locale.ROOT, "Cell training throughput (forward + backward + Adam step), %s%n",
                engineLine()));
        out.append(String.format(Locale.ROOT, "%-15s %-5s %-8s %22s %10s %11s%n",
                "shape", "cell", "impl", "throughput", "ms/batch", "vs library"));
        for (BenchResult r : results) {
            String impl = r.impl() == Implementation.SCRATCH ? "scratch" : "library";
            String throughput = String.format(Locale.ROOT, "%,.0f %s/s", r.throughput(), r.unit());
            out.append(String.format(Locale.ROOT, "%-15s %-5s %-8s %22s %10.2f %10.2fx%n",
                    r.shape(), r.cell(), impl, throughput, r.msPerBatch(), r.ratio()));
        }
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
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs visible";
    }
}
