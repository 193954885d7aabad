package edu.rnnlab.run;

/** Who implements the recurrence. */
public enum Implementation {
    /** Written by hand from NDArray primitives (matmul, sigmoid, tanh, ...) and autograd. */
    SCRATCH,
    /** DJL's built-in {@code RNN}, {@code GRU} and {@code LSTM} blocks (fused ATen ops on PyTorch). */
    LIBRARY
}
