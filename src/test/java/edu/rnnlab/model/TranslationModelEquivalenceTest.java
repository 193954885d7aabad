package edu.rnnlab.model;

import static edu.rnnlab.model.Equivalence.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * The encoder-decoder built with hand-written GRUs and with DJL's GRU, given the same weights, computes
 * the same teacher-forced logits, the same gradients and the same greedy translation.
 */
class TranslationModelEquivalenceTest {

    private static final double TOLERANCE = 1e-5;
    private static final int SOURCE_VOCABULARY = 9;
    private static final int TARGET_VOCABULARY = 11;
    private static final int BOS = 2;

    @Test
    void handWrittenAndLibraryGruTranslateAlike() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape shape = new Shape(3, 6);
            Block library = build(Implementation.LIBRARY);
            Block scratch = build(Implementation.SCRATCH);
            Engine.getInstance().setRandomSeed(3);
            library.initialize(manager, DataType.FLOAT32, shape, shape);
            Engine.getInstance().setRandomSeed(4);
            scratch.initialize(manager, DataType.FLOAT32, shape, shape);
            assertEquals(library.getParameters().keys(), scratch.getParameters().keys());
            Equivalence.copyByName(library, scratch);
            NDArray source = manager.randomInteger(0, SOURCE_VOCABULARY, shape, DataType.INT32);
            NDArray decoderInput = manager.randomInteger(0, TARGET_VOCABULARY, shape, DataType.INT32);
            NDList inputs = new NDList(source, decoderInput);

            NDArray expected = forwardBackward(library, inputs, manager);
            NDArray actual = forwardBackward(scratch, inputs, manager);
            assertEquals(new Shape(3, 6, TARGET_VOCABULARY), actual.getShape());
            assertClose(expected, actual, TOLERANCE, "logits");
            for (Pair<String, Parameter> p : library.getParameters()) {
                NDArray other =
                        scratch.getParameters().get(p.getKey()).getArray().getGradient();
                assertClose(p.getValue().getArray().getGradient(), other, TOLERANCE, "gradient of " + p.getKey());
            }

            NDList libraryOut = library.forward(new ParameterStore(manager, false), inputs, false);
            NDList scratchOut = scratch.forward(new ParameterStore(manager, false), inputs, false);
            assertEquals(2, scratchOut.size(), "inference adds the greedy translation");
            assertEquals(shape, scratchOut.get(1).getShape());
            assertArrayEquals(libraryOut.get(1).toIntArray(), scratchOut.get(1).toIntArray());
        }
    }

    @Test
    void greedyDecodingFeedsBackItsOwnTokens() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape shape = new Shape(2, 5);
            Block model = build(Implementation.SCRATCH);
            Engine.getInstance().setRandomSeed(7);
            model.initialize(manager, DataType.FLOAT32, shape, shape);
            NDArray source = manager.randomInteger(0, SOURCE_VOCABULARY, shape, DataType.INT32);
            ParameterStore store = new ParameterStore(manager, false);
            int[] greedy = model.forward(store, new NDList(source, manager.zeros(shape, DataType.INT32)), false)
                    .get(1)
                    .toIntArray();
            // teacher forcing with <bos> + the greedy tokens themselves must pick the same tokens again
            int[] shifted = new int[10];
            for (int row = 0; row < 2; row++) {
                shifted[row * 5] = BOS;
                System.arraycopy(greedy, row * 5, shifted, row * 5 + 1, 4);
            }
            NDArray logits = model.forward(store, new NDList(source, manager.create(shifted, shape)), false)
                    .get(0);
            assertArrayEquals(
                    greedy, logits.argMax(2).toType(DataType.INT32, false).toIntArray());
        }
    }

    @Test
    void bidirectionalTranslationIsRefused() {
        ModelSpec spec = new ModelSpec(CellType.GRU, Implementation.SCRATCH, 4, 1, true, 0.0, null, 4, null, null);
        assertThrows(RnnlabException.class, () -> ModelFactory.translation(spec, 5, 5, BOS));
    }

    private static Block build(Implementation impl) {
        ModelSpec spec = new ModelSpec(CellType.GRU, impl, 8, 2, false, 0.0, null, 5, null, null);
        return ModelFactory.translation(spec, SOURCE_VOCABULARY, TARGET_VOCABULARY, BOS);
    }

    private static NDArray forwardBackward(Block block, NDList inputs, NDManager manager) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray logits = block.forward(new ParameterStore(manager, false), inputs, true)
                    .head();
            Engine.getInstance().setRandomSeed(5);
            collector.backward(
                    logits.mul(manager.randomNormal(logits.getShape())).sum());
            return logits;
        }
    }
}
