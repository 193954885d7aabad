/**
 * Models: recurrent encoders (hand-written in {@code cell}, DJL blocks in {@code library}) behind one
 * contract, and the task heads that turn encoder outputs into predictions. Knows nothing of files.
 *
 * <p>Encoder contract (every encoder, both families): {@code forward(NDList(x[, h0[, c0]]))} with
 * {@code x} of shape (B, T, F), batch first, returns {@code NDList(y, hT[, cT])} where {@code y} is
 * (B, T, D*H) and states are (L*D, B, H) — L layers, D directions, the PyTorch layout. Missing initial
 * states mean zeros. Weights use the PyTorch layout and gate order (LSTM i,f,g,o; GRU r,z,n) so a
 * hand-written encoder can load the library encoder's weights and be proven equal.
 *
 * <p>{@link edu.rnnlab.model.ModelFactory} builds the encoders and the three task models
 * (regression, next location, language model). Both families share one composition ({@link
 * edu.rnnlab.model.RecurrentEncoder}: stacking, bidirectional, dropout), so a model has the same
 * parameter names and shapes whichever family implements its cells: weights copy by name, and the
 * same seed gives the same initial weights.
 */
package edu.rnnlab.model;
