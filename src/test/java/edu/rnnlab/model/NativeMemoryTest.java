package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import edu.rnnlab.bench.MemoryProbe;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every array a model creates while training belongs to the batch's manager: after a batch's manager
 * is closed, the model's managers hold exactly as many arrays as before (no per-batch growth, which
 * would be a native-memory leak over epochs).
 */
class NativeMemoryTest {

    @ParameterizedTest(name = "{0} {1} bidirectional={2} layers={3}")
    @CsvSource({
        "RNN, SCRATCH, false, 1",
        "GRU, SCRATCH, true, 2",
        "LSTM, SCRATCH, false, 2",
        "GRU, SCRATCH, false, 1",
        "RNN, LIBRARY, true, 1",
        "LSTM, LIBRARY, true, 2",
        "GRU, LIBRARY, false, 2"
    })
    void trainingBatchesLeaveNothingBehind(CellType cell, Implementation impl, boolean bidirectional, int layers) {
        ModelSpec spec = new ModelSpec(cell, impl, 6, layers, bidirectional, 0.25, null, 5, null, null);
        try (Model model = Model.newInstance("leak-" + cell + impl)) {
            model.setBlock(ModelFactory.nextLocation(spec, 11, 2));
            DefaultTrainingConfig config = new DefaultTrainingConfig(new SoftmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(4, 7), new Shape(4, 7, 2));
                trainBatch(trainer);
                long after1 = held(model.getNDManager());
                trainBatch(trainer);
                trainBatch(trainer);
                assertEquals(after1, held(model.getNDManager()), "arrays held by the model's managers");
            }
        }
    }

    private static void trainBatch(Trainer trainer) {
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray venues = batch.randomInteger(0, 11, new Shape(4, 7), DataType.INT32);
            NDArray extras = batch.randomNormal(new Shape(4, 7, 2));
            NDArray labels = batch.randomInteger(0, 11, new Shape(4), DataType.INT32);
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList logits = trainer.forward(new NDList(venues, extras));
                collector.backward(trainer.getLoss().evaluate(new NDList(labels), logits));
            }
            trainer.step();
        }
    }

    /** Arrays attached to a manager and (recursively) to its open sub-managers. */
    private static long held(NDManager manager) {
        long held = MemoryProbe.arraysHeld(manager);
        assertTrue(held >= 0, "DJL's manager internals changed: MemoryProbe cannot count arrays");
        return held;
    }
}
