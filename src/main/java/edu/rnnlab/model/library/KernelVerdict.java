package edu.rnnlab.model.library;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Locale;

/**
 * What the check of one library unit found and, from that, how the unit is run.
 *
 * @param unit       what was checked, e.g. "LSTM input 1, hidden 16, 1 layer"
 * @param comparison the measured differences from the hand-written twin
 * @param path       how the unit runs from now on
 */
public record KernelVerdict(String unit, KernelComparison comparison, Path path) {

    /** How a checked unit is run. */
    public enum Path {
        /** The library kernel agrees in every mode: run as is. */
        AS_IS,
        /**
         * Only inference with autograd off is wrong (oneDNN's optimised inference kernel): evaluate with
         * autograd on, which makes libtorch use the kernel that training uses, and detach the outputs.
         */
        GRAD_MODE_INFERENCE,
        /** Wrong in training too, or no safe path agrees: the unit must not be used. */
        UNUSABLE
    }

    /** The verdict the measured differences call for. */
    public static KernelVerdict decide(String unit, KernelComparison comparison) {
        Path path;
        if (!comparison.trainingAgrees()) {
            path = Path.UNUSABLE;
        } else if (comparison.inferenceAgrees()) {
            path = Path.AS_IS;
        } else {
            path = comparison.gradModeInferenceAgrees() ? Path.GRAD_MODE_INFERENCE : Path.UNUSABLE;
        }
        return new KernelVerdict(unit, comparison, path);
    }

    /** Whether this verdict changed how the unit runs (the report says so). */
    public boolean remedied() {
        return path == Path.GRAD_MODE_INFERENCE;
    }

    /**
     * Runs {@code unit} the way this verdict says: inference of a remedied unit with autograd on and its
     * outputs detached (so no graph outlives the call, e.g. through states carried between batches).
     */
    public NDList forward(
            Block block, ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        if (training || path != Path.GRAD_MODE_INFERENCE) {
            return block.forward(store, inputs, training, params);
        }
        return GradMode.on(() -> {
            NDList outputs = block.forward(store, inputs, false, params);
            NDList detached = new NDList(outputs.size());
            for (NDArray output : outputs) {
                detached.add(output.stopGradient());
            }
            return detached;
        });
    }

    /** One line for provenance and the console. */
    public String describe() {
        return switch (path) {
            case AS_IS -> String.format(
                    Locale.ROOT,
                    "%s: library kernel agrees with the hand-written cell " + "(largest difference %.1e)",
                    unit,
                    Math.max(comparison.inference(), comparison.training()));
            case GRAD_MODE_INFERENCE -> String.format(
                    Locale.ROOT,
                    "%s: the library's inference kernel is wrong on "
                            + "this CPU (off by %.2g); evaluated with autograd on, which agrees (%.1e)",
                    unit,
                    comparison.inference(),
                    comparison.gradModeInference());
            case UNUSABLE -> String.format(
                    Locale.ROOT,
                    "%s: the library kernel is wrong on this CPU (inference off "
                            + "by %.2g, training by %.2g, gradients by %.2g relative)",
                    unit,
                    comparison.inference(),
                    comparison.training(),
                    comparison.gradients());
        };
    }
}
