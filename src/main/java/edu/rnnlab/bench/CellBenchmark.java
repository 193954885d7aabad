package edu.rnnlab.bench;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Training throughput of each cell, hand-written and library, on the fixed {@link BenchShape}s: a few
 * warm-up batches, then several repeats of a fixed number of batches, the hand-written and library
 * cells' repeats interleaved; the median repeat is the result and the fastest and slowest give its
 * spread. Each batch is
 * what the training loop does: arrays created on a per-batch sub-manager, forward, loss, backward,
 * Adam step, the loss read back.
 */
public final class CellBenchmark {

    /**
     * How long to measure.
     *
     * @param warmup         batches run before timing (JIT, allocator, first-call costs)
     * @param batches        batches per timed repeat, at most
     * @param repeats        timed repeats, at most; the median is reported
     * @param secondsPerCell time budget for the timed repeats of one cell (library and scratch
     *                       together): fewer batches per repeat, and fewer repeats, when batches are
     *                       slow (e.g. an oversubscribed thread count), so the whole run stays short
     */
    public record Settings(int warmup, int batches, int repeats, double secondsPerCell) {

        /** The default: about half a minute on an idle 2-core machine, under two minutes when busy. */
        public static Settings standard() {
            return new Settings(5, 20, 9, 8.0);
        }

        /** A smoke run for tests. */
        public static Settings quick() {
            return new Settings(1, 2, 1, 2.0);
        }
    }

    private static final long SEED = 42;

    private CellBenchmark() {}

    /** Runs every cell on both shapes with the standard settings. */
    public static List<BenchResult> run() {
        return run(Settings.standard(), List.of(BenchShape.values()));
    }

    /** Runs every cell, library and hand-written, on each of {@code shapes}. */
    public static List<BenchResult> run(Settings settings, List<BenchShape> shapes) {
        return run(settings, shapes, List.of(CellType.values()));
    }

    /** Runs {@code cells}, library and hand-written, on each of {@code shapes}. */
    public static List<BenchResult> run(Settings settings, List<BenchShape> shapes, List<CellType> cells) {
        List<BenchResult> results = new ArrayList<>();
        for (BenchShape shape : shapes) {
            for (CellType cell : cells) {
                double[][] ms = measurePair(shape, cell, settings);
                double library = median(ms[0]);
                results.add(result(shape, cell, Implementation.LIBRARY, ms[0], library, ms[2][0]));
                results.add(result(shape, cell, Implementation.SCRATCH, ms[1], library, ms[2][0]));
            }
        }
        return results;
    }

    private static BenchResult result(
            BenchShape shape, CellType cell, Implementation impl, double[] ms, double libraryMs, double batches) {
        double median = median(ms);
        double throughput = shape.unitsPerBatch() * 1000.0 / median;
        return new BenchResult(
                cell,
                impl,
                shape.label(),
                shape.unit,
                throughput,
                median,
                Arrays.stream(ms).min().orElse(median),
                Arrays.stream(ms).max().orElse(median),
                ms.length,
                (int) batches,
                libraryMs / median);
    }

    /**
     * Milliseconds per training batch of each timed repeat: {@code [library repeats, hand-written
     * repeats, {batches per repeat}]}. Their timed repeats alternate, so that load from other processes
     * on a shared machine hits both alike and the ratio stays meaningful.
     */
    static double[][] measurePair(BenchShape shape, CellType cell, Settings settings) {
        Implementation[] impls = {Implementation.LIBRARY, Implementation.SCRATCH};
        List<Model> models = new ArrayList<>();
        List<Trainer> trainers = new ArrayList<>();
        long[] estimate = new long[impls.length]; // nanoseconds of the last warm-up batch
        try {
            for (Implementation impl : impls) {
                Engine.getInstance().setRandomSeed((int) SEED);
                Model model = Model.newInstance("bench-" + shape.label() + '-' + cell + '-' + impl);
                models.add(model);
                model.setBlock(shape.model(cell, impl));
                DefaultTrainingConfig config = new DefaultTrainingConfig(shape.loss())
                        .optOptimizer(Optimizer.adam().build());
                Trainer trainer = model.newTrainer(config);
                trainers.add(trainer);
                trainer.initialize(shape.inputShape());
                for (int i = 0; i < settings.warmup(); i++) {
                    long start = System.nanoTime();
                    trainBatch(trainer, shape, i);
                    estimate[models.size() - 1] = System.nanoTime() - start;
                }
            }
            long budget = (long) (settings.secondsPerCell() * 1e9);
            long perRepeat = Math.max(1, budget / settings.repeats() / Math.max(1, estimate[0] + estimate[1]));
            int batches = (int) Math.min(settings.batches(), perRepeat);
            double[][] ms = new double[impls.length][settings.repeats()];
            int repeats = 0;
            long timedStart = System.nanoTime();
            while (repeats < settings.repeats() && (repeats == 0 || System.nanoTime() - timedStart < budget)) {
                for (int k = 0; k < impls.length; k++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < batches; i++) {
                        trainBatch(trainers.get(k), shape, settings.warmup() + repeats * batches + i);
                    }
                    ms[k][repeats] = (System.nanoTime() - start) / 1e6 / batches;
                }
                repeats++;
            }
            return new double[][] {Arrays.copyOf(ms[0], repeats), Arrays.copyOf(ms[1], repeats), {batches}};
        } finally {
            trainers.forEach(Trainer::close);
            models.forEach(Model::close);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One training step on one of eight fixed random batches. */
    private static float trainBatch(Trainer trainer, BenchShape shape, int index) {
        try (NDManager manager = trainer.getManager().newSubManager()) {
            // regenerated from a seed rather than kept: the arrays must belong to this batch's manager
            NDList inputs = shape.inputs(manager, new Random(SEED + index % 8));
            NDList labels = shape.labels(manager, new Random(SEED + 100 + index % 8));
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray predictions = shape.predictions(trainer.forward(inputs));
                NDArray value = trainer.getLoss().evaluate(labels, new NDList(predictions));
                collector.backward(value);
                loss = value.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** A plain-text table of the results, with the engine and its thread counts. */
    public static String render(List<BenchResult> results) {
        return BenchTable.render(results);
    }

    /** Runs the standard benchmark and prints the table ({@code quick} as argument: a smoke run). */
    public static void main(String[] args) {
        boolean quick = args.length > 0 && args[0].equals("quick");
        Settings settings = quick ? Settings.quick() : Settings.standard();
        long start = System.nanoTime();
        List<BenchResult> results = run(settings, List.of(BenchShape.values()));
        System.out.print(render(results));
        System.out.printf("total %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
