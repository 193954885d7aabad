/**
 * The training loop and what runs around it: optimisers, global-norm clipping, epoch timing and
 * throughput, validation-based epoch selection, divergence detection. Knows a {@link
 * edu.rnnlab.train.Task} and a DJL block; knows nothing of files, archives or reports.
 */
package edu.rnnlab.train;
