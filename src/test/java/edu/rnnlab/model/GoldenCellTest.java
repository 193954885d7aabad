package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden values: a tiny cell with known weights and input, the expected outputs computed here from the
 * cell equations in plain double arithmetic. Guards against the hand-written and library cells being
 * wrong the same way (the equivalence tests alone would not notice).
 */
class GoldenCellTest {

    private static final int IN = 2;
    private static final int H = 2;
    private static final int T = 3;
    private static final double[][] X = {{0.5, -1.0}, {0.25, 0.75}, {-0.6, 0.1}};
    /** The LSTM's final cell state of the last {@link #reference} call (single-threaded tests). */
    private static double[] finalCell;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "RNN, RESET_AFTER, SCRATCH",
        "RNN, RESET_AFTER, LIBRARY",
        "GRU, RESET_AFTER, SCRATCH",
        "GRU, RESET_AFTER, LIBRARY",
        "GRU, TEXTBOOK, SCRATCH",
        "LSTM, RESET_AFTER, SCRATCH",
        "LSTM, RESET_AFTER, LIBRARY"
    })
    void matchesHandComputedValues(CellType cell, GruForm form, Implementation impl) {
        int rows = cell.gates() * H;
        double[][] wIh = known(rows, IN, 0.3);
        double[][] wHh = known(rows, H, 1.1);
        double[] bIh = known(1, rows, 2.3)[0];
        double[] bHh = known(1, rows, 3.7)[0];
        double[][] expected = reference(cell, form, wIh, wHh, bIh, bHh);

        try (NDManager manager = NDManager.newBaseManager()) {
            Block encoder = ModelFactory.encoder(new ModelSpec(cell, impl, H, 1, false, 0.0, form, 0, null, null));
            encoder.initialize(manager, DataType.FLOAT32, new Shape(1, T, IN));
            set(encoder, "l_0_i2h_WEIGHT", flat(wIh));
            set(encoder, "l_0_h2h_WEIGHT", flat(wHh));
            set(encoder, "l_0_i2h_BIAS", bIh);
            set(encoder, "l_0_h2h_BIAS", bHh);
            NDList out = encoder.forward(
                    new ParameterStore(manager, false),
                    new NDList(manager.create(toFloat(flat(X)), new Shape(1, T, IN))),
                    false);
            float[] y = out.get(0).toFloatArray();
            assertArrayEquals(toFloat(flat(expected)), y, 1e-6f, "outputs y");
            assertArrayEquals(toFloat(expected[T - 1]), out.get(1).toFloatArray(), 1e-6f, "final h");
            assertEquals(1 + cell.states(), out.size());
            if (cell == CellType.LSTM) {
                assertArrayEquals(toFloat(finalCell), out.get(2).toFloatArray(), 1e-6f, "final c");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void textbookAndResetAfterGruDiffer() {
        double[][] wIh = known(3 * H, IN, 0.3);
        double[][] wHh = known(3 * H, H, 1.1);
        double[] bIh = known(1, 3 * H, 2.3)[0];
        double[] bHh = known(1, 3 * H, 3.7)[0];
        double[] a = flat(reference(CellType.GRU, GruForm.TEXTBOOK, wIh, wHh, bIh, bHh));
        double[] b = flat(reference(CellType.GRU, GruForm.RESET_AFTER, wIh, wHh, bIh, bHh));
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        org.junit.jupiter.api.Assertions.assertTrue(largest > 1e-2, "the golden data tells the forms apart");
    }

    /** Runs the cell equations step by step in double precision; returns h_t for every step. */
    private static double[][] reference(
            CellType cell, GruForm form, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh) {
        double[] h = new double[H];
        double[] c = new double[H];
        double[][] hs = new double[T][];
        for (int t = 0; t < T; t++) {
            double[] gx = affine(wIh, X[t], bIh); // x W_ih^T + b_ih, all gate blocks
            double[] gh = affine(wHh, h, bHh); // h W_hh^T + b_hh, all gate blocks
            double[] next = new double[H];
            for (int j = 0; j < H; j++) {
                switch (cell) {
                    case RNN -> next[j] = Math.tanh(gx[j] + gh[j]);
                    case GRU -> {
                        double r = sigmoid(gx[j] + gh[j]);
                        double z = sigmoid(gx[H + j] + gh[H + j]);
                        double n;
                        if (form == GruForm.RESET_AFTER) {
                            n = Math.tanh(gx[2 * H + j] + r * gh[2 * H + j]);
                        } else { // (r ⊙ h) W_hn^T + b_hn, needs every r_k
                            double sum = bHh[2 * H + j];
                            for (int k = 0; k < H; k++) {
                                double rk = sigmoid(gx[k] + gh[k]);
                                sum += wHh[2 * H + j][k] * rk * h[k];
                            }
                            n = Math.tanh(gx[2 * H + j] + sum);
                        }
                        next[j] = (1 - z) * n + z * h[j];
                    }
                    case LSTM -> {
                        double i = sigmoid(gx[j] + gh[j]);
                        double f = sigmoid(gx[H + j] + gh[H + j]);
                        double g = Math.tanh(gx[2 * H + j] + gh[2 * H + j]);
                        double o = sigmoid(gx[3 * H + j] + gh[3 * H + j]);
                        c[j] = f * c[j] + i * g;
                        next[j] = o * Math.tanh(c[j]);
                    }
                }
            }
            h = next;
            hs[t] = next;
        }
        finalCell = c;
        return hs;
    }

    private static double[] affine(double[][] w, double[] v, double[] b) {
        double[] out = b.clone();
        for (int r = 0; r < w.length; r++) {
            for (int k = 0; k < v.length; k++) {
                out[r] += w[r][k] * v[k];
            }
        }
        return out;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** Deterministic, varied values in [-0.8, 0.8]. */
    private static double[][] known(int rows, int cols, double phase) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                m[r][k] = 0.8 * Math.sin(phase + 1.3 * r + 0.7 * k);
            }
        }
        return m;
    }

    private static void set(Block block, String suffix, double[] values) {
        var match = block.getParameters().stream()
                .filter(p -> p.getKey().endsWith(suffix))
                .toList();
        assertEquals(1, match.size(), suffix);
        match.get(0).getValue().getArray().set(toFloat(values));
    }

    private static double[] flat(double[][] m) {
        return java.util.Arrays.stream(m)
                .flatMapToDouble(java.util.Arrays::stream)
                .toArray();
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
