package edu.rnnlab.run;

import java.util.Map;

/**
 * One row of {@code metrics.csv}: an epoch's loss and metrics on one split.
 * Columns: {@code epoch,split,loss,<task metrics...>,seconds,throughput}. For {@code train} rows,
 * seconds is the training time of the epoch and throughput its samples (or tokens) per second; for
 * {@code val} and {@code test} rows they are the evaluation time and speed. The {@code test} row
 * appears once, at the selected epoch.
 */
public record EpochRow(
        int epoch, String split, double loss, Map<String, Double> metrics, double seconds, double throughput) {}
