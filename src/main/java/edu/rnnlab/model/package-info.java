/**
 * Models: recurrent encoders (hand-written in {@code cell}, DJL blocks in {@code library}) behind one
 * contract, and the task heads that turn encoder outputs into predictions. Knows nothing of files.
 *
 * <p>Encoder contract (every encoder, both families): {@code forward(NDList(x[, h0[, c0]]))} with
 * {@code x} of shape (B, T, F), batch first, returns {@code NDList(y, hT[, cT])} where {@code y} is
 * (B, T, D*H) and states are (L*D, B, H) — L layers, D directions, the PyTorch layout. Missing initial
 * states mean zeros. Weights use the PyTorch layout and gate order (LSTM i,f,g,o; GRU r,z,n) so a
 * hand-written encoder can load the library encoder's weights and be proven equal.
 */
package edu.rnnlab.model;
