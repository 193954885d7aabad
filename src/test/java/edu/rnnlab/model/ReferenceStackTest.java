package edu.rnnlab.model;

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
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell, hand-written and library, against the double-precision {@link ReferenceStack}: outputs
 * and final states in inference (autograd off) and in a training step, and the gradient of every weight
 * tensor (a directional derivative by central differences of the reference), at hidden sizes on both
 * sides of oneDNN's 32-wide blocking (2, 16, 33, 48, 64) and with one and two layers. Given initial states
 * make the recurrent weights matter from the first step. On an AVX-512 CPU the library LSTM's raw
 * inference kernel fails this test at 2, 16, 33 and 48; the guard in {@code model/library/KernelGuard}
 * makes it pass.
 */
class ReferenceStackTest {

    private static final int FEATURES = 3;
    private static final int BATCH = 2;
    private static final int STEPS = 4;
    private static final double OUTPUT_TOLERANCE = 1e-5;
    private static final double GRADIENT_TOLERANCE = 2e-4;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        Object[][] cells = {
            {CellType.RNN, GruForm.RESET_AFTER, Implementation.SCRATCH},
            {CellType.RNN, GruForm.RESET_AFTER, Implementation.LIBRARY},
            {CellType.GRU, GruForm.RESET_AFTER, Implementation.SCRATCH},
            {CellType.GRU, GruForm.RESET_AFTER, Implementation.LIBRARY},
            {CellType.GRU, GruForm.TEXTBOOK, Implementation.SCRATCH},
            {CellType.LSTM, GruForm.RESET_AFTER, Implementation.SCRATCH},
            {CellType.LSTM, GruForm.RESET_AFTER, Implementation.LIBRARY}
        };
        for (Object[] cell : cells) {
            for (int hidden : new int[] {2, 16, 33, 48, 64}) {
                for (int layers : new int[] {1, 2}) {
                    all.add(Arguments.of(cell[0], cell[1], cell[2], hidden, layers));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} hidden={3} layers={4}")
    @MethodSource("cases")
    void matchesDoublePrecisionReference(CellType cell, GruForm form, Implementation impl, int hidden, int layers) {
        Random random = new Random(31L * hidden + layers);
        double[][][] params = new double[layers][4][];
        double bound = 1 / Math.sqrt(hidden);
        for (int l = 0; l < layers; l++) {
            int in = l == 0 ? FEATURES : hidden;
            int rows = cell.gates() * hidden;
            int[] sizes = {rows * in, rows * hidden, rows, rows};
            for (int k = 0; k < 4; k++) {
                params[l][k] = floats(random, sizes[k], bound, false);
            }
        }
        double[][][] x = tensor(random, BATCH, STEPS, FEATURES, 1);
        double[][][] h0 = tensor(random, layers, BATCH, hidden, 0.5);
        double[][][] c0 = cell == CellType.LSTM ? tensor(random, layers, BATCH, hidden, 0.5) : null;
        ReferenceStack reference = new ReferenceStack(cell, form, hidden);
        ReferenceStack.Result expected = reference.run(x, h0, c0, params);
        double[][] outputWeights = {
            flat3(tensor(random, BATCH, STEPS, hidden, 1)),
            flat3(tensor(random, layers, BATCH, hidden, 1)),
            flat3(tensor(random, layers, BATCH, hidden, 1))
        };

        try (NDManager manager = NDManager.newBaseManager()) {
            Block encoder =
                    ModelFactory.encoder(new ModelSpec(cell, impl, hidden, layers, false, 0.0, form, 0, null, null));
            encoder.initialize(manager, DataType.FLOAT32, new Shape(BATCH, STEPS, FEATURES));
            for (int l = 0; l < layers; l++) {
                for (int k = 0; k < 4; k++) {
                    parameter(encoder, l, k).getArray().set(toFloat(params[l][k]));
                }
            }
            NDList inputs = new NDList(
                    manager.create(toFloat(flat3(x)), new Shape(BATCH, STEPS, FEATURES)),
                    manager.create(toFloat(flat3(h0)), new Shape(layers, BATCH, hidden)));
            if (c0 != null) {
                inputs.add(manager.create(toFloat(flat3(c0)), new Shape(layers, BATCH, hidden)));
            }
            NDList inference = encoder.forward(new ParameterStore(manager, false), inputs, false);
            assertOutputs(expected, inference, "inference");

            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList trained = encoder.forward(new ParameterStore(manager, false), inputs, true);
                assertOutputs(expected, trained, "training");
                NDArray objective = null;
                for (int i = 0; i < trained.size(); i++) {
                    NDArray w = manager.create(
                            toFloat(outputWeights[i]), trained.get(i).getShape());
                    NDArray term = trained.get(i).mul(w).sum();
                    objective = objective == null ? term : objective.add(term);
                }
                collector.backward(objective);
            }
            for (int l = 0; l < layers; l++) {
                for (int k = 0; k < 4; k++) {
                    double[] direction = floats(random, params[l][k].length, 1, true);
                    float[] grad =
                            parameter(encoder, l, k).getArray().getGradient().toFloatArray();
                    double dot = 0;
                    double scale = 1e-9;
                    for (int i = 0; i < grad.length; i++) {
                        dot += grad[i] * direction[i];
                        scale += Math.abs(grad[i] * direction[i]);
                    }
                    double numeric = centralDifference(reference, x, h0, c0, params, l, k, direction, outputWeights);
                    String what =
                            "gradient of layer " + l + " tensor " + k + ": analytic " + dot + " vs numeric " + numeric;
                    assertTrue(Math.abs(dot - numeric) <= GRADIENT_TOLERANCE * scale, what);
                }
            }
        }
    }

    private static double centralDifference(
            ReferenceStack reference,
            double[][][] x,
            double[][][] h0,
            double[][][] c0,
            double[][][] params,
            int layer,
            int tensor,
            double[] direction,
            double[][] outputWeights) {
        double epsilon = 1e-6;
        double[] original = params[layer][tensor];
        double[] values = new double[2];
        for (int side = 0; side < 2; side++) {
            double[] moved = original.clone();
            for (int i = 0; i < moved.length; i++) {
                moved[i] += (side == 0 ? epsilon : -epsilon) * direction[i];
            }
            params[layer][tensor] = moved;
            ReferenceStack.Result r = reference.run(x, h0, c0, params);
            double objective = dot(flat3(r.y()), outputWeights[0]) + dot(flat3(r.h()), outputWeights[1]);
            if (r.c() != null) {
                objective += dot(flat3(r.c()), outputWeights[2]);
            }
            values[side] = objective;
        }
        params[layer][tensor] = original;
        return (values[0] - values[1]) / (2 * epsilon);
    }

    private static void assertOutputs(ReferenceStack.Result expected, NDList actual, String mode) {
        assertEquals(expected.c() == null ? 2 : 3, actual.size(), mode + ": outputs and states");
        assertClose(flat3(expected.y()), actual.get(0), mode + ": outputs y");
        assertClose(flat3(expected.h()), actual.get(1), mode + ": final h");
        if (expected.c() != null) {
            assertClose(flat3(expected.c()), actual.get(2), mode + ": final c");
        }
    }

    private static void assertClose(double[] expected, NDArray actual, String what) {
        float[] a = actual.toFloatArray();
        assertEquals(expected.length, a.length, what + ": size");
        for (int i = 0; i < a.length; i++) {
            int at = i;
            assertTrue(
                    Math.abs(expected[i] - a[i]) <= OUTPUT_TOLERANCE,
                    () -> what + " differs at " + at + ": expected " + expected[at] + ", got " + a[at]);
        }
    }

    private static Parameter parameter(Block encoder, int layer, int tensor) {
        String suffix = "l_" + layer + (tensor % 2 == 0 ? "_i2h_" : "_h2h_") + (tensor < 2 ? "WEIGHT" : "BIAS");
        var match = encoder.getParameters().stream()
                .filter(p -> p.getKey().endsWith(suffix))
                .toList();
        assertEquals(1, match.size(), suffix);
        return match.get(0).getValue();
    }

    /** Float-representable values, so the reference uses exactly the weights the engine gets. */
    private static double[] floats(Random random, int size, double scale, boolean gaussian) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = (float) (scale * (gaussian ? random.nextGaussian() : 2 * random.nextDouble() - 1));
        }
        return v;
    }

    private static double[][][] tensor(Random random, int a, int b, int c, double scale) {
        double[][][] t = new double[a][b][];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                t[i][j] = floats(random, c, scale, true);
            }
        }
        return t;
    }

    private static double[] flat3(double[][][] t) {
        return Stream.of(t)
                .flatMap(Stream::of)
                .flatMapToDouble(java.util.Arrays::stream)
                .toArray();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
