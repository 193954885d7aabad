package edu.rnnlab.experiment.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageModelTaskTest {

    private static final int V = 6;

    /** Tokens 0..n-1 modulo V, so a token's value tells where it came from (mod V). */
    private static int[] stream(int n) {
        return IntStream.range(0, n).map(i -> i % V).toArray();
    }

    @Test
    void sequentialBatchesContinueEachStream() {
        int[] train = IntStream.range(0, 101).toArray(); // values = positions, to read the layout directly
        LanguageModelTask task = new LanguageModelTask(train, stream(30), stream(30), 101, 5, true);
        task.inputShapes(4);
        // 4 streams of 25 tokens each (100 usable), 5 chunks of 5 steps: 20 examples.
        assertEquals(20, task.size(Split.TRAIN));
        try (NDManager m = NDManager.newBaseManager()) {
            task.startPass(Split.TRAIN);
            Batch first = task.batch(m, Split.TRAIN, new int[] {0, 1, 2, 3});
            Batch second = task.batch(m, Split.TRAIN, new int[] {4, 5, 6, 7});
            assertEquals(new Shape(4, 5), first.inputs().head().getShape());
            int[] x0 = first.inputs().head().toIntArray();
            int[] x1 = second.inputs().head().toIntArray();
            int[] y0 = first.labels().head().toIntArray();
            assertArrayEquals(new int[] {0, 1, 2, 3, 4}, java.util.Arrays.copyOfRange(x0, 0, 5));
            assertArrayEquals(new int[] {25, 26, 27, 28, 29}, java.util.Arrays.copyOfRange(x0, 5, 10));
            for (int b = 0; b < 4; b++) {
                assertEquals(
                        x0[b * 5 + 4] + 1, x1[b * 5], "row " + b + " of batch 1 continues row " + b + " of batch 0");
                assertEquals(x0[b * 5] + 1, y0[b * 5], "labels are the next tokens");
            }
            assertThrows(IllegalStateException.class, () -> task.batch(m, Split.TRAIN, new int[] {1, 2, 3, 4}));
        }
    }

    @Test
    void uniformLogitsHavePerplexityEqualToTheVocabulary() {
        LanguageModelTask task = new LanguageModelTask(stream(200), stream(50), stream(50), V, 5, true);
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.zeros(new Shape(3, 5, V)), m.zeros(new Shape(1, 3, 8)));
            NDList labels = new NDList(m.create(stream(15), new Shape(3, 5)));
            Evaluation evaluation = task.newEvaluation(Split.TEST);
            evaluation.add(logits, labels);
            evaluation.add(logits, labels);
            assertEquals(V, evaluation.metrics().get("perplexity"), 1e-4);
            // The loss takes the multi-output prediction (logits, state) and uses the logits only.
            assertEquals(Math.log(V), task.loss().evaluate(labels, logits).getFloat(), 1e-5);
        }
    }

    @ParameterizedTest
    @CsvSource({"LSTM, LIBRARY", "GRU, SCRATCH"})
    @SuppressWarnings("try") // the NDScope is a region marker, as in the training loop
    void stateIsCarriedDetachedAcrossTrainingBatches(CellType cell, Implementation impl) {
        LanguageModelTask task = new LanguageModelTask(stream(400), stream(100), stream(100), V, 5, true);
        Optimizer sgd =
                Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build();
        try (Model model = Model.newInstance("lm-test", Device.cpu())) {
            model.setBlock(ModelFactory.languageModel(ModelSpec.of(cell, impl, 8), V));
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(task.loss()).optOptimizer(sgd))) {
                trainer.initialize(task.inputShapes(4));
                task.startPass(Split.TRAIN);
                float[][] previousFinal = null;
                for (int k = 0; k < 3; k++) {
                    int[] indices = IntStream.range(k * 4, k * 4 + 4).toArray();
                    try (NDManager manager = trainer.getManager().newSubManager();
                            NDScope scope = new NDScope()) {
                        Batch batch = task.batch(manager, Split.TRAIN, indices);
                        int states = cell.states();
                        assertEquals(k == 0 ? 1 : 1 + states, batch.inputs().size(), "batch " + k + " inputs");
                        for (int s = 0; k > 0 && s < states; s++) {
                            assertArrayEquals(
                                    previousFinal[s], batch.inputs().get(1 + s).toFloatArray(), 0f);
                        }
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDList predictions = trainer.forward(batch.inputs(), batch.labels());
                            task.afterForward(Split.TRAIN, predictions);
                            previousFinal = new float[states][];
                            for (int s = 0; s < states; s++) {
                                previousFinal[s] = predictions.get(1 + s).toFloatArray();
                            }
                            NDArray loss = trainer.getLoss().evaluate(batch.labels(), predictions);
                            // Without detaching, this second and third backward would fail.
                            collector.backward(loss);
                        }
                    }
                    trainer.step();
                }
                task.release();
            }
        }
    }

    @Test
    void randomSamplingCutsSubsequencesAndCarriesNothing() {
        LanguageModelTask task = new LanguageModelTask(stream(51), stream(20), stream(20), V, 5, false);
        assertEquals(10, task.size(Split.TRAIN));
        try (NDManager m = NDManager.newBaseManager()) {
            Batch b = task.batch(m, Split.TRAIN, new int[] {3, 0, 7});
            assertEquals(1, b.inputs().size());
            assertEquals(3, b.size());
            assertArrayEquals(
                    new int[] {3, 4, 5, 0, 1},
                    java.util.Arrays.copyOfRange(b.inputs().head().toIntArray(), 0, 5));
        }
        assertEquals(List.of("perplexity"), task.metricNames());
        assertEquals("tokens", task.throughputUnit());
        assertEquals(5, task.unitsPerExample());
    }
}
