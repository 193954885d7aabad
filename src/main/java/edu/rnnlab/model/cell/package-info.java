/**
 * Hand-written recurrent cells: RNN, GRU (both candidate forms) and LSTM, built only from NDArray
 * primitives (matmul/linear, add, mul, sigmoid, tanh, split, stack) and autograd — no DJL recurrent
 * block. {@link edu.rnnlab.model.cell.ScratchRecurrent} stacks them into a block that mirrors DJL's
 * {@code RNN}/{@code GRU}/{@code LSTM}: same inputs and outputs, same parameter names, shapes and
 * gate order, so weights copy across and the two can be proven equal.
 *
 * <p>Speed is part of the design, because the cost of a hand-written cell is mostly its number of
 * operations per time step (each one a JNI call plus an autograd node): the input projection of all
 * time steps is one matrix product before the loop, each step does one matrix product for all
 * gates together (with the step's input projection as the bias, so the add is fused), gates are
 * separated with one {@code split}, and nothing is read back to Java inside the loop.
 *
 * <p>Memory: every array a cell creates belongs to the manager of the input arrays (the caller's
 * per-batch manager), including arrays derived from weights alone; see {@link
 * edu.rnnlab.model.cell.LayerWeights#own}.
 */
package edu.rnnlab.model.cell;
