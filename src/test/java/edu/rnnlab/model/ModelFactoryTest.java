package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Factory arguments, parameter counts, dropout and state passing of the factory's models. */
class ModelFactoryTest {

    @Test
    void rejectsFactoryArgumentsOutsideTheSpec() {
        RnnlabException e = assertThrows(
                RnnlabException.class,
                () -> ModelFactory.regression(ModelSpec.of(CellType.RNN, Implementation.SCRATCH, 8), 0));
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(e.getMessage().contains("outputs = 0"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void countsParametersLikePyTorch(Implementation impl) {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Bi-LSTM x2, F=3, H=4: layer 0: 2*(16*3 + 16*4 + 32); layer 1 reads 8: 2*(16*8 + 16*4 + 32)
            Block lstm = ModelFactory.regression(
                    new ModelSpec(CellType.LSTM, impl, 4, 2, true, null, null, null, null, null), 2);
            lstm.initialize(manager, DataType.FLOAT32, new Shape(2, 5, 3));
            assertEquals(2 * (48 + 64 + 32) + 2 * (128 + 64 + 32) + (8 * 2 + 2), ModelFactory.parameterCount(lstm));
            // language model, embedding 5 over 7 tokens, GRU H=4: 35 + (12*5 + 12*4 + 24) + (4*7 + 7)
            Block lm = ModelFactory.languageModel(
                    new ModelSpec(CellType.GRU, impl, 4, 1, false, null, null, 5, null, null), 7);
            lm.initialize(manager, DataType.FLOAT32, new Shape(2, 6));
            assertEquals(35 + 132 + 35, ModelFactory.parameterCount(lm));
        }
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void dropoutActsOnlyInTraining(Implementation impl) {
        for (boolean bidirectional : new boolean[] {false, true}) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Block encoder = ModelFactory.encoder(
                        new ModelSpec(CellType.GRU, impl, 8, 2, bidirectional, 0.5, null, null, null, null));
                Shape x = new Shape(4, 6, 3);
                encoder.initialize(manager, DataType.FLOAT32, x);
                NDList input = new NDList(manager.randomNormal(x));
                ParameterStore store = new ParameterStore(manager, false);
                NDArray eval1 = encoder.forward(store, input, false).head();
                NDArray eval2 = encoder.forward(store, input, false).head();
                NDArray train = encoder.forward(store, input, true).head();
                assertEquals(0f, eval1.sub(eval2).abs().max().getFloat(), "inference is deterministic");
                assertTrue(train.sub(eval1).abs().max().getFloat() > 1e-3f, "dropout changes training outputs");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void languageModelCarriesStatesAcrossBatches(CellType cell) {
        Engine.getInstance().setRandomSeed(2);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block lm = ModelFactory.languageModel(ModelSpec.of(cell, Implementation.SCRATCH, 6), 5);
            lm.initialize(manager, DataType.FLOAT32, new Shape(2, 8));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray tokens = manager.randomInteger(0, 5, new Shape(2, 8), DataType.INT32);
            NDList whole = lm.forward(store, new NDList(tokens), false);
            NDList first = lm.forward(store, new NDList(tokens.get(":, :5")), false);
            NDList carried = new NDList(tokens.get(":, 5:"));
            first.subNDList(1).forEach(state -> carried.add(state.stopGradient()));
            NDList second = lm.forward(store, carried, false);
            assertEquals(new Shape(2, 3, 5), second.head().getShape());
            Equivalence.assertClose(whole.head().get(":, 5:"), second.head(), 1e-6, "continued logits");
            for (int s = 1; s < whole.size(); s++) {
                Equivalence.assertClose(whole.get(s), second.get(s), 1e-6, "final state " + s);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void savesAndLoadsParameters(Implementation impl) throws Exception {
        ModelSpec spec = new ModelSpec(CellType.LSTM, impl, 5, 2, true, null, null, null, null, null);
        Shape x = new Shape(2, 4, 3);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block saved = ModelFactory.regression(spec, 1);
            saved.initialize(manager, DataType.FLOAT32, x);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            saved.saveParameters(new java.io.DataOutputStream(bytes));
            Block loaded = ModelFactory.regression(spec, 1);
            loaded.loadParameters(
                    manager, new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
            NDList input = new NDList(manager.randomNormal(x));
            ParameterStore store = new ParameterStore(manager, false);
            Equivalence.assertClose(
                    saved.forward(store, input, false).head(),
                    loaded.forward(store, input, false).head(),
                    0,
                    "prediction after reload");
            assertTrue(saved.toString().contains("RegressionModel"), saved.toString());
        }
    }

    @Test
    void sameSeedGivesBothFamiliesTheSameInitialWeights() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block[] models = new Block[2];
            for (Implementation impl : Implementation.values()) {
                ModelSpec spec = new ModelSpec(CellType.LSTM, impl, 16, 2, true, null, null, 4, null, null);
                Block model = ModelFactory.nextLocation(spec, 9, 1);
                Engine.getInstance().setRandomSeed(21);
                model.initialize(manager, DataType.FLOAT32, new Shape(2, 3), new Shape(2, 3, 1));
                models[impl.ordinal()] = model;
            }
            for (var p : models[0].getParameters()) {
                NDArray value = p.getValue().getArray();
                Equivalence.assertClose(
                        value, models[1].getParameters().get(p.getKey()).getArray(), 0, p.getKey());
                if (p.getKey().contains("encoder")) { // PyTorch's U(-1/sqrt(H), 1/sqrt(H)), biases included
                    assertTrue(
                            value.abs().max().getFloat() <= 0.25f
                                    && value.abs().max().getFloat() > 0.2f,
                            p.getKey());
                }
            }
        }
    }
}
