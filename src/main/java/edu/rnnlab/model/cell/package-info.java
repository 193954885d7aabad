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
 * <p>Operations per time step inside the loop (each a JNI call; in training also an autograd node):
 * RNN 2, GRU 10 (reset after) or 9 (textbook), LSTM 10; arrays created per step, counting the step's
 * slice of the input projection and every view a {@code split} returns: 3, 14, 12 and 17
 * ({@code CellStepCostTest} pins these). None takes a scalar argument and the GRU update is
 * {@code n + z ⊙ (h - n)}. Measured and rejected (paired A/B of forward + backward, thread CPU time,
 * median of 1 500 pairs): re-ordering the LSTM's gate blocks to i, f, o, g once per pass so that one
 * sigmoid covers exactly the three gates (17 to 14 arrays per step) was 2.5 % slower on both bench
 * shapes, its six extra operations per layer and their backward costing more than the arrays saved;
 * slicing the candidate block with an {@code NDIndex} instead of a second split was 1-3 % slower.
 *
 * <p>Memory: every array a cell creates belongs to the manager of the input arrays (the caller's
 * per-batch manager), including arrays derived from weights alone; see {@link
 * edu.rnnlab.model.cell.LayerWeights#own}.
 */
package edu.rnnlab.model.cell;
