package edu.rnnlab.experiment;

import com.sun.management.OperatingSystemMXBean;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.TrainSpec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What training a run will need in memory, estimated from its spec before anything is allocated, so
 * that {@code hidden: 100000000} is refused with a message instead of an engine crash or minutes of
 * swapping. In float32 (4 bytes): the parameters (every layer and direction: gates x hidden x (input
 * + hidden) + biases; head; token embedding), their gradients, a transient gradient per step and,
 * for Adam, two moment tensors (engine memory, outside the Java heap); activations kept for the
 * backward pass, batch x window x hidden x gates per layer and direction with a few tensors per gate;
 * and on the Java heap the best epoch's weights, kept as one serialized byte array (at most 2 GiB)
 * while the stream that makes it holds up to two more copies.
 *
 * @param parameters trainable scalars
 * @param engineBytes engine (native) memory: weights, gradients, optimiser state, activations
 * @param heapBytes   Java heap for the best epoch's weights
 */
record MemoryEstimate(double parameters, double engineBytes, double heapBytes) {

    /** Tensors kept per gate and step for backward (pre-activation, activation, products); generous for the scratch cells. */
    private static final int KEPT_PER_GATE = 4;
    /** Largest Java byte array: the best weights are one. */
    private static final double MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Share of the machine's available memory a run may plan to use: the OS, JVM and allocator need the rest. */
    private static final double USABLE = 0.8;

    /** The estimate for one run; {@code shape} gives the model's input width, outputs and token vocabulary. */
    static MemoryEstimate of(ModelSpec m, TrainSpec t, int window, PreparedData.Shape shape) {
        double h = m.hidden();
        double d = m.directions();
        int gates = gates(m.cell());
        double encoder = 0;
        for (int layer = 0; layer < m.layers(); layer++) {
            double in = layer == 0 ? shape.inputs() : h * d;
            encoder += d * (gates * h * (in + h) + 2.0 * gates * h);
        }
        double parameters = encoder + shape.outputs() * (h * d + 1) + (double) shape.vocabulary() * shape.inputs();
        double perParameter =
                t.optimizer() == TrainSpec.OptimizerKind.ADAM ? 5 : 3; // weights, grads, transient (+2 Adam)
        double activations =
                (double) t.batch() * window * (h * d * m.layers() * gates * KEPT_PER_GATE + 2.0 * shape.outputs());
        return new MemoryEstimate(parameters, 4 * (perParameter * parameters + activations), 3 * 4 * parameters);
    }

    /** Why this run cannot train in {@code budget}, naming what to change; empty when it fits. */
    Optional<String> refusal(RunSpec run, Budget budget) {
        boolean arrayTooLarge = 4 * parameters > MAX_ARRAY;
        if (engineBytes <= USABLE * budget.availableBytes() && heapBytes <= budget.heapBytes() && !arrayTooLarge) {
            return Optional.empty();
        }
        ModelSpec m = run.model();
        return Optional.of(String.format(
                Locale.ROOT,
                "model '%s' with hidden %d, %d layer(s), batch %d, window %d has "
                        + "%.3g parameters and needs about %s of memory to train (%s on the Java heap for the best weights%s); "
                        + "this machine has %s available and a %s Java heap. Use a smaller hidden size (or batch), "
                        + "or a machine with more memory.",
                m.label(),
                m.hidden(),
                m.layers(),
                run.train().batch(),
                run.dataset().window(),
                parameters,
                bytes(engineBytes + heapBytes),
                bytes(heapBytes),
                arrayTooLarge ? ", over the 2 GiB a weights file may have" : "",
                bytes(budget.availableBytes()),
                bytes(budget.heapBytes())));
    }

    private static int gates(CellType cell) {
        return switch (cell) {
            case RNN -> 1;
            case GRU -> 3;
            case LSTM -> 4;
        };
    }

    private static String bytes(double b) {
        return b >= 1e12
                ? String.format(Locale.ROOT, "%.3g TB", b / 1e12)
                : String.format(Locale.ROOT, "%.1f GB", b / 1e9);
    }

    /**
     * The memory a run may use on this machine.
     *
     * @param availableBytes physical memory available now (Linux {@code MemAvailable}, else free memory)
     * @param heapBytes      the JVM's maximum heap
     */
    record Budget(double availableBytes, double heapBytes) {

        /** This machine, now. */
        static Budget ofThisMachine() {
            return new Budget(available(), Runtime.getRuntime().maxMemory());
        }

        private static double available() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemAvailable:")) {
                        return Double.parseDouble(line.replaceAll("\\D+", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not Linux: fall back to the JVM's view below.
            }
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return os.getFreeMemorySize();
        }
    }
}
