package edu.rnnlab.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import edu.rnnlab.run.TrainSpec;

/**
 * Times training steps of one configuration exactly as the loop trains them (same batches, loss,
 * clipping, optimiser), for the timing pass: a model and trainer kept open so that several
 * configurations can be timed in interleaved rounds. The weights it trains are thrown away.
 */
public final class StepTimer implements AutoCloseable {

    private final TrainSpec spec;
    private final Task task;
    private final Model model;
    private final Trainer trainer;
    private final ParameterList parameters;
    private final int[][] batches;
    private int next;

    /** Opens a trainer for {@code block} on {@code task} with the run's settings and seeds. */
    public StepTimer(TrainSpec spec, Device device, RunSeeds seeds, Block block, Task task) {
        this.spec = spec;
        this.task = task;
        Engine.getInstance().setRandomSeed((int) seeds.weights());
        this.model = Model.newInstance("rnnlab-timing", device);
        model.setBlock(block);
        this.trainer = model.newTrainer(new DefaultTrainingConfig(task.loss())
                .optOptimizer(Optimizers.of(spec))
                .optDevices(new Device[] {device}));
        trainer.initialize(task.inputShapes(spec.batch()));
        this.parameters = block.getParameters();
        int[][] epoch =
                new BatchOrder(task.size(Split.TRAIN), spec.batch(), seeds.shuffle(), task.sequential()).epoch(1);
        // full batches only (the epoch's last may be short), so every timed step does the same work
        int full = 0;
        while (full < epoch.length && epoch[full].length == spec.batch()) {
            full++;
        }
        this.batches = java.util.Arrays.copyOf(epoch, Math.max(1, full));
        task.startPass(Split.TRAIN);
    }

    /** Units (samples or tokens) one timed batch trains on. */
    public double unitsPerBatch() {
        return batches[0].length * (double) task.unitsPerExample();
    }

    /** Batches of one training epoch (the last possibly short), to turn a batch time into an epoch time. */
    public int batchesPerEpoch() {
        return (task.size(Split.TRAIN) + spec.batch() - 1) / spec.batch();
    }

    /** Wall seconds for {@code count} training steps (the epoch's batches in order, from where the last call stopped). */
    public double seconds(int count) {
        // A task that carries state across batches (a sequential language model) holds what the last
        // configuration timed on it left, maybe another cell's (LSTM's two states for a GRU): start afresh.
        task.startPass(Split.TRAIN);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (next == batches.length) {
                next = 0;
                task.startPass(Split.TRAIN);
            }
            TrainStep.run(trainer, task, parameters, spec.clip(), batches[next++]);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
