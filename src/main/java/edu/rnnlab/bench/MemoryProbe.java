package edu.rnnlab.bench;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Checks that training does not leak native memory: trains each cell for many epochs of small
 * batches, each batch on its own sub-manager (the training loop's pattern), and prints the process's
 * resident set size ({@code VmRSS}) after the first and the last epoch. A leak shows as RSS growing
 * with the number of epochs; a flat line after the first epoch means every per-batch array was freed.
 * Because RSS also moves with the JVM heap, JIT and the native allocator's own caches, it also counts
 * the arrays held by the model's managers, which must not change from epoch to epoch. A probe to run
 * by hand ({@code main}, best with a fixed pre-touched heap: {@code -Xms512m -Xmx512m
 * -XX:+AlwaysPreTouch}), not a unit test: RSS depends on the allocator and the JVM.
 */
public final class MemoryProbe {

    private MemoryProbe() {}

    /** Prints, per cell, RSS after epoch 1 and after the last epoch (arguments: epochs, batches per epoch). */
    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        BenchShape shape = BenchShape.REGRESSION;
        System.out.printf(
                "%s, %d epochs x %d batches of %s (batch %d, %d steps)%n",
                BenchTable.engineLine(), epochs, batches, shape.label(), shape.batch, shape.steps);
        System.out.printf("start: VmRSS %d MiB%n", rssMiB());
        train(shape, CellType.GRU, Implementation.SCRATCH, 3, batches); // warm-up: JIT, allocator caches
        System.out.printf("after a warm-up run: VmRSS %d MiB%n", rssMiB());
        for (CellType cell : CellType.values()) {
            for (Implementation impl : Implementation.values()) {
                long[] r = train(shape, cell, impl, epochs, batches);
                System.out.printf(
                        "%-4s %-8s VmRSS after epoch 1: %4d MiB, after epoch %d: %4d MiB (%+d MiB);"
                                + " arrays held by the model: %d -> %d%n",
                        cell,
                        impl.name().toLowerCase(java.util.Locale.ROOT),
                        r[0],
                        epochs,
                        r[1],
                        r[1] - r[0],
                        r[2],
                        r[3]);
            }
        }
    }

    private static long[] train(BenchShape shape, CellType cell, Implementation impl, int epochs, int batches)
            throws IOException {
        Engine.getInstance().setRandomSeed(1);
        long[] rss = new long[4];
        try (Model model = Model.newInstance("memory-" + cell + '-' + impl)) {
            model.setBlock(shape.model(cell, impl));
            DefaultTrainingConfig config = new DefaultTrainingConfig(shape.loss())
                    .optOptimizer(Optimizer.adam().build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(shape.inputShape());
                Random random = new Random(1);
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    for (int b = 0; b < batches; b++) {
                        try (NDManager batch = trainer.getManager().newSubManager()) {
                            NDList inputs = shape.inputs(batch, random);
                            NDList labels = shape.labels(batch, random);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray loss = trainer.getLoss()
                                        .evaluate(labels, new NDList(shape.predictions(trainer.forward(inputs))));
                                collector.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                    if (epoch == 1) {
                        rss[0] = rssMiB();
                        rss[2] = arraysHeld(model.getNDManager());
                    }
                }
                rss[1] = rssMiB();
                rss[3] = arraysHeld(model.getNDManager());
            }
        }
        return rss;
    }

    /**
     * Native resources (arrays, and recursively those of sub-managers) attached to a manager. Read by
     * reflection because DJL keeps the map protected; the one place that does so (the memory tests use it
     * too). A debugging aid only: -1 when DJL's internals change.
     */
    public static long arraysHeld(NDManager manager) {
        try {
            Field field = BaseNDManager.class.getDeclaredField("resources");
            field.setAccessible(true);
            long count = 0;
            for (Object resource : ((Map<?, ?>) field.get(manager)).values()) {
                count += resource instanceof NDManager sub ? arraysHeld(sub) : 1;
            }
            return count;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return -1;
        }
    }

    /** The resident set size of this process in MiB, from {@code /proc/self/status}; -1 if unavailable. */
    static long rssMiB() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
