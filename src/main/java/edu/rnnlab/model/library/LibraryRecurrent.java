package edu.rnnlab.model.library;

import ai.djl.nn.Block;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RNN;
import ai.djl.nn.recurrent.RecurrentBlock;
import edu.rnnlab.run.CellType;

/**
 * Builds DJL's recurrent block for a cell, configured to the encoder contract: input
 * {@code NDList(x (B, T, F)[, h0 (L, B, H)[, c0]])}, output {@code NDList(y (B, T, H), hT (L, B, H)[, cT])},
 * parameters {@code l_<layer>_{i2h|h2h}_{WEIGHT|BIAS}} in the PyTorch layout. One direction only.
 */
public final class LibraryRecurrent {

    private LibraryRecurrent() {}

    /**
     * The library block for one direction of a stack.
     *
     * @param type    the cell; the GRU is always the reset-after (PyTorch) form
     * @param hidden  hidden units H
     * @param layers  stacked layers L (fused into one ATen call)
     * @param dropout drop rate between layers in training, in [0, 1)
     */
    public static Block block(CellType type, int hidden, int layers, float dropout) {
        RecurrentBlock.BaseBuilder<?> builder =
                switch (type) {
                        // without an activation DJL's RNN throws a NullPointerException on the first forward
                    case RNN -> RNN.builder().setActivation(RNN.Activation.TANH);
                    case GRU -> GRU.builder();
                    case LSTM -> LSTM.builder();
                };
        builder.setStateSize(hidden)
                .setNumLayers(layers)
                .optDropRate(dropout)
                .optBatchFirst(true)
                .optReturnState(true);
        return switch (type) {
            case RNN -> ((RNN.Builder) builder).build();
            case GRU -> ((GRU.Builder) builder).build();
            case LSTM -> ((LSTM.Builder) builder).build();
        };
    }
}
