package edu.rnnlab.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.experiment.EngineNumerics;
import picocli.CommandLine.Option;

/**
 * Device and threads. The thread count must reach the engine before it starts, so {@link #apply()}
 * runs first in every command that trains. One intra-op thread is the default: this lab's models are
 * small, and on 2 cores more threads were measured to be far slower (see DJL-NOTES) and less reproducible.
 */
final class EngineOptions {

    /** Where to train; typed so that help and shell completion list the choices. */
    enum Target {
        CPU,
        GPU,
        AUTO;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(
            names = "--device",
            defaultValue = "cpu",
            description =
                    "${COMPLETION-CANDIDATES}: cpu (default), gpu (fails if none), auto (gpu if present, else cpu).")
    Target device;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Engine intra-op threads (default 1: fastest and bitwise reproducible for these small models).")
    int threads;

    private boolean applied;

    /** The settings among these that change a run's numbers (and so its id). */
    EngineNumerics numerics() {
        return new EngineNumerics(threads);
    }

    /** Sets the engine properties (once, before the engine starts) and returns the chosen device. */
    Device apply() {
        numerics(); // validates
        if (!applied) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
            System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
            applied = true;
        }
        return switch (device) {
            case CPU -> Device.cpu();
            case GPU -> {
                if (gpus() == 0) {
                    throw new RnnlabException(
                            RnnlabException.Exit.UNAVAILABLE,
                            "--device gpu: the engine ("
                                    + Engine.getInstance().getEngineName() + " "
                                    + Engine.getInstance().getVersion()
                                    + ") sees no GPU. This build bundles the CPU libtorch; see README 'Running on a GPU' "
                                    + "for the CUDA build, or use --device auto to fall back to the CPU.");
                }
                yield Device.gpu();
            }
            case AUTO -> gpus() > 0 ? Device.gpu() : Device.cpu();
        };
    }

    private static int gpus() {
        return Engine.getInstance().getGpuCount();
    }
}
