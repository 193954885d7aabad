package edu.rnnlab.train;

import ai.djl.ndarray.NDList;

/** Model inputs and labels of one batch, created on the batch's own (short-lived) manager. */
public record Batch(NDList inputs, NDList labels, int size) {}
