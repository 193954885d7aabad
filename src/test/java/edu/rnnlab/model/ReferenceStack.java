package edu.rnnlab.model;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;

/**
 * The cell equations of {@code shared/lab/ASSIGNMENT.md} (PyTorch gate order and layout) for a stack of
 * layers, in plain double arithmetic: the independent reference the hand-written and library cells are
 * tested against. Weights per layer: {@code wIh (G*H, in)}, {@code wHh (G*H, H)}, {@code bIh}, {@code bHh}.
 */
final class ReferenceStack {

    /** Outputs of the last layer {@code y[b][t][j]}, final states {@code h[l][b][j]} (and {@code c}). */
    record Result(double[][][] y, double[][][] h, double[][][] c) {}

    private final CellType cell;
    private final GruForm form;
    private final int hidden;

    ReferenceStack(CellType cell, GruForm form, int hidden) {
        this.cell = cell;
        this.form = form;
        this.hidden = hidden;
    }

    /**
     * @param x      inputs {@code [b][t][f]}
     * @param h0     initial hidden states {@code [l][b][j]}
     * @param c0     initial cell states (LSTM), same shape
     * @param params per layer {wIh, wHh, bIh, bHh} flattened row-major
     */
    Result run(double[][][] x, double[][][] h0, double[][][] c0, double[][][] params) {
        int layers = params.length;
        int batch = x.length;
        int steps = x[0].length;
        double[][][] input = x;
        double[][][] hT = new double[layers][][];
        double[][][] cT = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            double[][][] out = new double[batch][steps][];
            hT[l] = new double[batch][];
            cT[l] = new double[batch][];
            for (int b = 0; b < batch; b++) {
                double[] h = h0[l][b].clone();
                double[] c = c0 == null ? new double[hidden] : c0[l][b].clone();
                for (int t = 0; t < steps; t++) {
                    step(input[b][t], h, c, params[l]);
                    out[b][t] = h.clone();
                }
                hT[l][b] = h;
                cT[l][b] = c;
            }
            input = out;
        }
        return new Result(input, hT, cell == CellType.LSTM ? cT : null);
    }

    /** One time step, updating {@code h} (and {@code c}) in place. */
    private void step(double[] x, double[] h, double[] c, double[][] p) {
        int in = x.length;
        int rows = cell.gates() * hidden;
        double[] gx = new double[rows];
        double[] gh = new double[rows];
        for (int r = 0; r < rows; r++) {
            gx[r] = p[2][r];
            for (int k = 0; k < in; k++) {
                gx[r] += p[0][r * in + k] * x[k];
            }
            gh[r] = p[3][r];
            for (int k = 0; k < hidden; k++) {
                gh[r] += p[1][r * hidden + k] * h[k];
            }
        }
        double[] next = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            int n = 2 * hidden + j;
            switch (cell) {
                case RNN -> next[j] = Math.tanh(gx[j] + gh[j]);
                case GRU -> {
                    double z = sigmoid(gx[hidden + j] + gh[hidden + j]);
                    double candidate;
                    if (form == GruForm.RESET_AFTER) {
                        candidate = Math.tanh(gx[n] + sigmoid(gx[j] + gh[j]) * gh[n]);
                    } else { // textbook: (r ⊙ h) W_hn^T + b_hn
                        double sum = p[3][n];
                        for (int k = 0; k < hidden; k++) {
                            sum += p[1][n * hidden + k] * sigmoid(gx[k] + gh[k]) * h[k];
                        }
                        candidate = Math.tanh(gx[n] + sum);
                    }
                    next[j] = (1 - z) * candidate + z * h[j];
                }
                case LSTM -> {
                    double i = sigmoid(gx[j] + gh[j]);
                    double f = sigmoid(gx[hidden + j] + gh[hidden + j]);
                    double g = Math.tanh(gx[n] + gh[n]);
                    double o = sigmoid(gx[3 * hidden + j] + gh[3 * hidden + j]);
                    c[j] = f * c[j] + i * g;
                    next[j] = o * Math.tanh(c[j]);
                }
            }
        }
        System.arraycopy(next, 0, h, 0, hidden);
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
