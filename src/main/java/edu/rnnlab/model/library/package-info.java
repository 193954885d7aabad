/**
 * Adapters over DJL's built-in recurrent blocks ({@code ai.djl.nn.recurrent.RNN}, {@code GRU},
 * {@code LSTM}), which run as fused ATen ops on the PyTorch engine. They are configured so that they
 * honour the same contract as the hand-written {@link edu.rnnlab.model.cell.ScratchRecurrent}: batch
 * first, tanh activation, final states returned, dropout between stacked layers.
 *
 * <p>DJL's {@code optBidirectional(true)} is never used: it is broken on PyTorch (DJL orders the flat
 * parameter list differently from what the fused op expects). Both directions are composed from
 * unidirectional blocks by {@link edu.rnnlab.model.RecurrentEncoder}, for both families alike.
 */
package edu.rnnlab.model.library;
