package edu.rnnlab.experiment;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.train.TrainingListener;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole invocation's progress: runs done of runs to train, and an estimate of the time left.
 *
 * <p>Why a cost model rather than a run count: the lab's runs differ in size by two orders of magnitude
 * (a 1-epoch sweep point against a 5-seed traffic comparison). Each run is weighted by {@link #weight}
 * and the measured rate (weight done per second of wall time, with all jobs together) turns the weight
 * left into seconds, so the model's constants only need to be right relative to each other; the
 * estimate settles as runs finish.
 */
final class LabClock {

    private final int total;
    private final double totalWeight;
    private final long started = System.nanoTime();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Double> fractions = new HashMap<>();
    private double doneWeight;
    private int done;

    /** @param weights each run to train (by id) and its weight, from {@link #weight} */
    LabClock(Map<String, Double> weights) {
        this.weights.putAll(weights);
        this.total = weights.size();
        this.totalWeight =
                weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The relative cost of training {@code spec} on {@code trainExamples} examples with {@code outputs}
     * head outputs, in units of one small DJL operation. Why this shape: these models are small, so a
     * batch costs mostly its number of operations (about 10 us each through JNI, see DJL-NOTES): per
     * time step 2-10 for a hand-written cell, 1-2 for a fused library kernel (11 for the library GRU,
     * which libtorch runs as a composite), plus a fixed share per batch (loss, backward bookkeeping,
     * optimiser); matrix products add work that grows with batch x hidden^2 per gate and step, and a
     * classification head with batch x hidden x outputs.
     */
    static double weight(RunSpec spec, int trainExamples, int outputs) {
        ModelSpec m = spec.model();
        double batch = spec.train().batch();
        double batches = Math.ceil(Math.max(1, trainExamples) / batch);
        double steps = (double) spec.dataset().window() * m.layers() * m.directions();
        double flops = batch * m.hidden() * (m.cell().gates() * (double) m.hidden() * steps + outputs);
        double perBatch = 20 + steps * OPS_PER_STEP.get(m.impl()).get(m.cell()) + flops / FLOPS_PER_OP;
        return spec.train().epochs() * batches * perBatch;
    }

    /** Multiply-adds that take as long as one small operation's overhead (about 10 us at a few GFLOP/s). */
    private static final double FLOPS_PER_OP = 50_000;

    /** DJL operations per time step (forward; backward adds about as many autograd nodes). */
    private static final Map<Implementation, Map<CellType, Integer>> OPS_PER_STEP = Map.of(
            Implementation.SCRATCH, Map.of(CellType.RNN, 2, CellType.GRU, 10, CellType.LSTM, 10),
            Implementation.LIBRARY, Map.of(CellType.RNN, 1, CellType.GRU, 11, CellType.LSTM, 2));

    /** A run started training. */
    void started(String runId) {
        fractions.put(runId, 0.0);
    }

    /** A run reported its progress: {@code fraction} of its batches are done. */
    void progress(String runId, double fraction) {
        fractions.put(runId, Math.min(1, Math.max(0, fraction)));
    }

    /** A run ended (archived or failed). */
    void finished(String runId) {
        fractions.remove(runId);
        doneWeight += weights.getOrDefault(runId, 0.0);
        done++;
    }

    /** {@code bar}, plus the run's progress fed to this clock and the lab line shown by {@code progress}. */
    TrainingListener follow(String runId, TrainingListener bar, RunProgress progress) {
        return new TrainingListener() {
            private int epochs;
            private int batches;

            @Override
            public void epochStarted(int epoch, int epochCount, int batchCount) {
                epochs = epochCount;
                batches = batchCount;
                bar.epochStarted(epoch, epochCount, batchCount);
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss, double throughput) {
                bar.batchFinished(epoch, batch, loss, throughput);
                progress(runId, ((epoch - 1.0) * batches + batch) / Math.max(1.0, (double) epochs * batches));
                progress.lab(status());
            }

            @Override
            public void epochFinished(EpochRow train, EpochRow validation) {
                bar.epochFinished(train, validation);
            }

            @Override
            public void runFinished() {
                bar.runFinished();
            }
        };
    }

    /** Where the invocation stands now. */
    RunProgress.LabStatus status() {
        double partial = 0;
        for (Map.Entry<String, Double> e : fractions.entrySet()) {
            partial += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double work = doneWeight + partial;
        double eta = work <= 0 || elapsed < 1 ? Double.NaN : (totalWeight - work) * elapsed / work;
        return new RunProgress.LabStatus(done, total, fractions.size(), eta);
    }
}
