package edu.rnnlab.model;

import static edu.rnnlab.model.Equivalence.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written and library encoders given the same weights produce the same outputs and final states in
 * inference and in training, and the same parameter gradients, for every cell, one and two layers, one and
 * two directions, with weights copied library to hand-written and hand-written to library, at a hidden size
 * oneDNN's AVX-512 LSTM inference kernel gets right (32) and one it gets wrong (16, remedied by the guard).
 */
class EncoderEquivalenceTest {

    private static final double TOLERANCE = 1e-5;
    private static final int BATCH = 3;
    private static final int STEPS = 5;
    private static final int FEATURES = 4;

    static Stream<Arguments> encoders() {
        List<Arguments> all = new ArrayList<>();
        for (CellType cell : CellType.values()) {
            for (int layers : new int[] {1, 2}) {
                for (boolean bidirectional : new boolean[] {false, true}) {
                    for (boolean fromLibrary : new boolean[] {true, false}) {
                        all.add(Arguments.of(cell, layers, bidirectional, fromLibrary, fromLibrary ? 16 : 32));
                        all.add(Arguments.of(cell, layers, bidirectional, fromLibrary, fromLibrary ? 32 : 16));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} layers={1} bidirectional={2} weights from library={3} hidden={4}")
    @MethodSource("encoders")
    void scratchEqualsLibrary(CellType cell, int layers, boolean bidirectional, boolean fromLibrary, int hidden) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block library = ModelFactory.encoder(spec(cell, Implementation.LIBRARY, layers, bidirectional, hidden));
            Block scratch = ModelFactory.encoder(spec(cell, Implementation.SCRATCH, layers, bidirectional, hidden));
            Block source = fromLibrary ? library : scratch;
            Block target = fromLibrary ? scratch : library;
            Shape x = new Shape(BATCH, STEPS, FEATURES);
            Engine.getInstance().setRandomSeed(7);
            source.initialize(manager, DataType.FLOAT32, x);
            Engine.getInstance().setRandomSeed(8); // different weights until copied
            target.initialize(manager, DataType.FLOAT32, x);
            Equivalence.copyByName(source, target);

            NDList inputs = new NDList(manager.randomNormal(x));
            long stateRows = (long) layers * (bidirectional ? 2 : 1);
            // with given initial states on two layers, with zeros by default on one
            if (layers == 2) {
                for (int s = 0; s < cell.states(); s++) {
                    inputs.add(manager.randomNormal(new Shape(stateRows, BATCH, hidden))
                            .mul(0.5f));
                }
            }
            NDList inferred = library.forward(new ParameterStore(manager, false), inputs, false);
            NDList reference = scratch.forward(new ParameterStore(manager, false), inputs, false);
            for (int i = 0; i < reference.size(); i++) {
                assertClose(reference.get(i), inferred.get(i), TOLERANCE, "inference output " + i);
            }
            Run expected = run(library, inputs, manager);
            Run actual = run(scratch, inputs, manager);
            assertEquals(1 + cell.states(), actual.outputs.size());
            assertEquals(
                    new Shape(BATCH, STEPS, (bidirectional ? 2 : 1) * hidden),
                    actual.outputs.get(0).getShape());
            for (int i = 0; i < expected.outputs.size(); i++) {
                assertTrue(expected.outputs.get(i).abs().max().getFloat() > 0.05f, "non-trivial output " + i);
                assertClose(expected.outputs.get(i), actual.outputs.get(i), TOLERANCE, "output " + i);
            }
            for (Pair<String, Parameter> p : library.getParameters()) {
                NDArray libraryGrad = p.getValue().getArray().getGradient();
                NDArray scratchGrad =
                        scratch.getParameters().get(p.getKey()).getArray().getGradient();
                assertTrue(libraryGrad.abs().max().getFloat() > 1e-3f, "a real gradient for " + p.getKey());
                assertClose(libraryGrad, scratchGrad, TOLERANCE, "gradient of " + p.getKey());
            }
        }
    }

    private record Run(NDList outputs) {}

    /** Forward in training mode, backward of sum(output_i * R_i) with fixed random R_i. */
    private static Run run(Block block, NDList inputs, NDManager manager) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList outputs = block.forward(new ParameterStore(manager, false), inputs, true);
            Engine.getInstance().setRandomSeed(11);
            NDArray objective = null;
            for (NDArray output : outputs) {
                NDArray term =
                        output.mul(manager.randomNormal(output.getShape())).sum();
                objective = objective == null ? term : objective.add(term);
            }
            collector.backward(objective);
            return new Run(outputs);
        }
    }

    private static ModelSpec spec(CellType cell, Implementation impl, int layers, boolean bidirectional, int hidden) {
        return new ModelSpec(cell, impl, hidden, layers, bidirectional, 0.0, GruForm.RESET_AFTER, 0, null, null);
    }
}
