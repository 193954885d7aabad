package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * One hand-written recurrent cell, run over a whole sequence for one layer and direction.
 *
 * <p>Inputs are time-major and flattened, {@code (T*B, in)} with rows {@code t*B .. t*B+B-1} holding
 * step {@code t}: that lets one matrix product project the inputs of every step at once, and a single
 * {@code split} on axis 0 hand each step a contiguous {@code (B, G*H)} block without a copy.
 */
public interface Cell {

    /** Number of recurrent state tensors: 1 ({@code h}) or 2 ({@code h, c}). */
    int states();

    /**
     * Runs the recurrence over all steps.
     *
     * @param inputs  time-major inputs {@code (T*B, in)}
     * @param steps   the number of time steps {@code T}
     * @param initial the initial states, each {@code (B, H)}
     * @param weights the layer's weights (PyTorch layout and gate order)
     * @return {@code NDList(outputs (T, B, H), hT (B, H)[, cT (B, H)])}
     */
    NDList layer(NDArray inputs, int steps, NDList initial, LayerWeights weights);
}
