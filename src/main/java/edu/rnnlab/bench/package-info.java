/**
 * Throughput benchmark of the six recurrent cells (RNN, GRU, LSTM, each hand-written and library) on
 * fixed shapes and fixed random data: the numbers behind {@code rnnlab bench} and the performance goal
 * of the hand-written cells (within 2x of the fused library cells at one thread). Also a native-memory
 * probe for the training pattern the loop uses (a sub-manager per batch).
 */
package edu.rnnlab.bench;
