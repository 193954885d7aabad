package edu.rnnlab.model.library;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.model.cell.ScratchRecurrent;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every library unit before it is used, against its hand-written twin, once per shape and JVM.
 *
 * <p><b>The fault this guards against</b> (measured 2026-12-02 on an AMD EPYC with AVX-512 F/BW/VL/VNNI/
 * BF16/VP2INTERSECT; libtorch 2.7.1, oneDNN 3.7.1, DJL 0.36): libtorch runs fp32 LSTM on CPU through
 * oneDNN. With autograd off (validation, test, text generation) oneDNN picks its
 * {@code brgemm:avx512_core} {@code forward_inference} kernel, which is wrong whenever
 * {@code hidden mod 32} is 1 to 16 (H = 1-16, 33-48, 65-80, ..., 257, ...) and the recurrent weights
 * matter (two or more time steps, a given initial state, or a second layer); input size and batch size
 * make no difference, and the thread count neither. With autograd on (every training step) oneDNN runs
 * its {@code ref} {@code forward_training} kernel, whose outputs and gradients are right for every size
 * measured (H = 1-300). Capping oneDNN with {@code ONEDNN_MAX_CPU_ISA=AVX2} makes inference right too;
 * {@code AVX512_CORE} and higher do not. GRU and RNN do not use oneDNN. A CPU without AVX-512 shows
 * none of this, so the decision is made by measurement on the machine that runs, not by a table.
 *
 * <p><b>The remedy:</b> a unit whose inference disagrees but whose training step and autograd-on
 * inference agree is evaluated with autograd on ({@link KernelVerdict.Path#GRAD_MODE_INFERENCE}); the
 * cost falls only on such units' evaluation. A unit that disagrees in training is refused with a message
 * saying what to do.
 */
public final class KernelGuard {

    private static final Map<String, KernelVerdict> VERDICTS = new ConcurrentHashMap<>();

    private KernelGuard() {}

    /**
     * The verdict for a library unit of this shape, measured on first use.
     *
     * @throws RnnlabException (engine unavailable) when the unit computes a wrong function and no safe
     *                         path agrees
     */
    public static KernelVerdict verdict(CellType cell, long features, int hidden, int layers) {
        String unit = String.format(
                "%s input %d, hidden %d, %d layer%s", cell, features, hidden, layers, layers == 1 ? "" : "s");
        KernelVerdict verdict = VERDICTS.computeIfAbsent(
                unit,
                key -> KernelVerdict.decide(
                        key,
                        KernelCheck.compare(
                                LibraryRecurrent.block(cell, hidden, layers, 0f),
                                new ScratchRecurrent(cell, GruForm.RESET_AFTER, hidden, layers, 0f),
                                features,
                                hidden,
                                layers,
                                cell.states())));
        if (verdict.path() == KernelVerdict.Path.UNUSABLE) {
            throw new RnnlabException(
                    RnnlabException.Exit.UNAVAILABLE,
                    "The library " + cell + " block computes "
                            + "wrong values on this CPU. " + verdict.describe()
                            + ". Run with ONEDNN_MAX_CPU_ISA=AVX2 set in "
                            + "the environment (it caps the oneDNN kernels libtorch uses), or use 'impl: scratch' for this model.");
        }
        return verdict;
    }
}
