package edu.rnnlab.run;

/** The three recurrent cells of the lab. */
public enum CellType {
    /** Elman RNN with tanh: {@code h_t = tanh(x_t W_xh + h_{t-1} W_hh + b_h)}. */
    RNN(1, 1),
    /** Gated recurrent unit: reset, update and candidate gates. */
    GRU(3, 1),
    /** Long short-term memory: input, forget, cell and output gates; carries a cell state. */
    LSTM(4, 2);

    private final int gates;
    private final int states;

    CellType(int gates, int states) {
        this.gates = gates;
        this.states = states;
    }

    /** Number of gate blocks stacked in the weight matrices (PyTorch layout: gates*H rows). */
    public int gates() {
        return gates;
    }

    /** Number of recurrent state tensors: 1 (h) or 2 (h, c). */
    public int states() {
        return states;
    }
}
