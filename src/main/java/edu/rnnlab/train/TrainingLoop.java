package edu.rnnlab.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.TrainSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The training loop: shuffled mini-batches, one optimiser step each (with global-norm clipping),
 * a validation pass per epoch, the best epoch's weights kept, and the test split scored once with
 * them. A NaN or infinite loss stops the run as {@link RunStatus#DIVERGED} with advice.
 *
 * <p>Memory: every batch runs in its own sub-manager and {@link NDScope}, so nothing a batch creates
 * outlives it; resident memory stays flat over epochs.
 */
public final class TrainingLoop {

    private final TrainSpec spec;
    private final Device device;
    private final RunSeeds seeds;
    private final Selection selection;
    private final List<TrainingListener> listeners;

    /** A loop for the given settings; {@code selection} is usually {@link Selection#VALIDATION_LOSS}. */
    public TrainingLoop(
            TrainSpec spec, Device device, RunSeeds seeds, Selection selection, List<TrainingListener> listeners) {
        this.spec = spec;
        this.device = device;
        this.seeds = seeds;
        this.selection = selection;
        this.listeners = List.copyOf(listeners);
    }

    /** Trains {@code block} on {@code task} and scores the selected epoch on the test split. */
    public TrainingOutcome run(Block block, Task task) {
        return run(block, task, trained -> Map.of());
    }

    /**
     * As {@link #run(Block, Task)}, then lets {@code extras} use the model with the selected weights
     * (e.g. to generate text) while it is still alive.
     */
    public TrainingOutcome run(Block block, Task task, Function<Block, Map<String, String>> extras) {
        Engine.getInstance().setRandomSeed((int) seeds.weights());
        try (Model model = Model.newInstance("rnnlab", device)) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(task.loss())
                    .optOptimizer(Optimizers.of(spec))
                    .optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(task.inputShapes(spec.batch()));
                return new Run(trainer, block, task, extras).train();
            }
        }
    }

    /** The state of one run, so the steps read as a story. */
    private final class Run {
        private final Trainer trainer;
        private final Block block;
        private final Task task;
        private final Function<Block, Map<String, String>> extras;
        private final BatchOrder order;
        private final ParameterList parameters; // walked once per run, not once per batch
        private final List<EpochRow> rows = new ArrayList<>();
        private final EpochTimes times = new EpochTimes();
        private BestEpoch best;

        Run(Trainer trainer, Block block, Task task, Function<Block, Map<String, String>> extras) {
            this.trainer = trainer;
            this.block = block;
            this.task = task;
            this.extras = extras;
            this.parameters = block.getParameters();
            this.order = new BatchOrder(task.size(Split.TRAIN), spec.batch(), seeds.shuffle(), task.sequential());
        }

        TrainingOutcome train() {
            Split selectOn = task.size(Split.VAL) > 0 ? selection.split() : Split.TEST;
            best = new BestEpoch(new Selection(selectOn, selection.metric()), spec.patience());
            for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
                EpochRow trainRow = trainEpoch(epoch);
                if (Divergence.diverged(trainRow.loss())) {
                    rows.add(trainRow);
                    return finish(RunStatus.DIVERGED, Divergence.advice(spec, epoch));
                }
                long start = System.nanoTime();
                Map<String, Double> scores =
                        SplitEvaluator.evaluate(block, task, selectOn, trainer.getManager(), null, spec.batch());
                double seconds = (System.nanoTime() - start) / 1e9;
                EpochRow scoreRow = row(epoch, selectOn, scores, seconds, task.size(selectOn));
                rows.add(trainRow);
                rows.add(scoreRow);
                listeners.forEach(l -> l.epochFinished(trainRow, scoreRow));
                if (best.offer(epoch, scores, block)) {
                    break; // early stopping: no improvement for train.patience epochs
                }
            }
            return finish(RunStatus.COMPLETED, "");
        }

        private EpochRow trainEpoch(int epoch) {
            int[][] batches = order.epoch(epoch);
            listeners.forEach(l -> l.epochStarted(epoch, spec.epochs(), batches.length));
            task.startPass(Split.TRAIN);
            long start = System.nanoTime();
            double lossSum = 0;
            int seen = 0;
            for (int b = 0; b < batches.length; b++) {
                double loss = step(batches[b]);
                if (Divergence.diverged(loss)) {
                    return new EpochRow(epoch, Split.TRAIN.key(), loss, Map.of(), 0, 0);
                }
                lossSum += loss * batches[b].length;
                seen += batches[b].length;
                double throughput = seen * (double) task.unitsPerExample() / ((System.nanoTime() - start) / 1e9);
                int index = b + 1;
                listeners.forEach(l -> l.batchFinished(epoch, index, loss, throughput));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double throughput = seen * (double) task.unitsPerExample() / seconds;
            times.add(seconds, throughput);
            return new EpochRow(epoch, Split.TRAIN.key(), lossSum / seen, Map.of(), seconds, throughput);
        }

        private double step(int[] indices) {
            return TrainStep.run(trainer, task, parameters, spec.clip(), indices);
        }

        private TrainingOutcome finish(RunStatus status, String message) {
            listeners.forEach(TrainingListener::runFinished);
            Map<String, Double> test = Map.of();
            Map<String, String> taskExtras = Map.of();
            Evaluation[] testEvaluation = new Evaluation[1];
            if (best.weights() != null) {
                BlockWeights.load(block, trainer.getManager(), best.weights());
                long start = System.nanoTime();
                test = SplitEvaluator.evaluate(
                        block, task, Split.TEST, trainer.getManager(), testEvaluation, spec.batch());
                double seconds = (System.nanoTime() - start) / 1e9;
                rows.add(row(best.epoch(), Split.TEST, test, seconds, task.size(Split.TEST)));
                taskExtras = extras.apply(block);
            }
            long parameterCount = parameters.values().stream()
                    .mapToLong(p -> p.getArray().size())
                    .sum();
            return new TrainingOutcome(
                    status,
                    message,
                    List.copyOf(rows),
                    best.epoch(),
                    best.validation(),
                    test,
                    testEvaluation[0],
                    parameterCount,
                    times.meanThroughput(),
                    times.meanSeconds(),
                    best.weights(),
                    taskExtras);
        }

        private EpochRow row(int epoch, Split split, Map<String, Double> scores, double seconds, int examples) {
            Map<String, Double> metrics = new HashMap<>(scores);
            metrics.remove(Metric.LOSS.key());
            Map<String, Double> ordered = new java.util.LinkedHashMap<>();
            task.metricNames().forEach(name -> ordered.put(name, metrics.get(name)));
            double throughput = seconds > 0 ? examples * (double) task.unitsPerExample() / seconds : 0;
            return new EpochRow(epoch, split.key(), scores.get(Metric.LOSS.key()), ordered, seconds, throughput);
        }
    }
}
