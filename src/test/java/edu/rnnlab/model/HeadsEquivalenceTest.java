package edu.rnnlab.model;

import static edu.rnnlab.model.Equivalence.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole models (regression, next-location, language model) built from the same spec with hand-written
 * and library encoders have the same parameter names and, given the same weights, the same predictions
 * and gradients.
 */
class HeadsEquivalenceTest {

    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "regression {0} bidirectional={1}")
    @CsvSource({"RNN,false", "RNN,true", "GRU,false", "GRU,true", "LSTM,false", "LSTM,true"})
    void regressionAgrees(CellType cell, boolean bidirectional) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape x = new Shape(4, 6, 2);
            compare(
                    spec -> ModelFactory.regression(spec, 3),
                    cell,
                    bidirectional,
                    manager,
                    new NDList(manager.randomNormal(x)),
                    new Shape(4, 3),
                    x);
        }
    }

    @ParameterizedTest(name = "next location {0} bidirectional={1}")
    @CsvSource({"GRU,false", "LSTM,true"})
    void nextLocationAgrees(CellType cell, boolean bidirectional) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray venues = manager.randomInteger(0, 9, new Shape(4, 5), DataType.INT32);
            NDArray extras = manager.randomNormal(new Shape(4, 5, 2));
            compare(
                    spec -> ModelFactory.nextLocation(spec, 9, 2),
                    cell,
                    bidirectional,
                    manager,
                    new NDList(venues, extras),
                    new Shape(4, 9),
                    venues.getShape(),
                    extras.getShape());
        }
    }

    @ParameterizedTest(name = "language model {0} bidirectional={1}")
    @CsvSource({"RNN,false", "LSTM,false", "GRU,true"})
    void languageModelAgrees(CellType cell, boolean bidirectional) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray tokens = manager.randomInteger(0, 7, new Shape(3, 5), DataType.INT32);
            compare(
                    spec -> ModelFactory.languageModel(spec, 7),
                    cell,
                    bidirectional,
                    manager,
                    new NDList(tokens),
                    new Shape(3, 5, 7),
                    tokens.getShape());
        }
    }

    private static void compare(
            Function<ModelSpec, Block> build,
            CellType cell,
            boolean bidirectional,
            NDManager manager,
            NDList inputs,
            Shape expectedShape,
            Shape... inputShapes) {
        Block library = build.apply(spec(cell, Implementation.LIBRARY, bidirectional));
        Block scratch = build.apply(spec(cell, Implementation.SCRATCH, bidirectional));
        Engine.getInstance().setRandomSeed(3);
        library.initialize(manager, DataType.FLOAT32, inputShapes);
        Engine.getInstance().setRandomSeed(4);
        scratch.initialize(manager, DataType.FLOAT32, inputShapes);
        Equivalence.copyByName(library, scratch);
        NDList expected = forwardBackward(library, inputs, manager);
        NDList actual = forwardBackward(scratch, inputs, manager);
        assertEquals(expectedShape, actual.head().getShape());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertClose(expected.get(i), actual.get(i), TOLERANCE, "output " + i);
        }
        for (Pair<String, Parameter> p : library.getParameters()) {
            NDArray scratchGrad =
                    scratch.getParameters().get(p.getKey()).getArray().getGradient();
            assertClose(p.getValue().getArray().getGradient(), scratchGrad, TOLERANCE, "gradient of " + p.getKey());
        }
    }

    private static NDList forwardBackward(Block block, NDList inputs, NDManager manager) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList outputs = block.forward(new ParameterStore(manager, false), inputs, true);
            Engine.getInstance().setRandomSeed(5);
            NDArray head = outputs.head();
            collector.backward(head.mul(manager.randomNormal(head.getShape())).sum());
            return outputs;
        }
    }

    private static ModelSpec spec(CellType cell, Implementation impl, boolean bidirectional) {
        return new ModelSpec(cell, impl, 5, 1, bidirectional, 0.0, null, cell == CellType.RNN ? 0 : 4, null, null);
    }
}
