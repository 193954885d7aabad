package edu.rnnlab.data.text;

/**
 * One batch of a language model: {@code inputs} and {@code labels} are (batch, steps) row-major, and
 * every label is the token following its input ({@code labels[b][t] = text[start_b + t + 1]}).
 */
public record TokenBatch(int batch, int steps, int[] inputs, int[] labels) {}
