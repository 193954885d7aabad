package edu.rnnlab.run;

/**
 * One line of {@code predictions.csv}: the de-normalised target and prediction of one test example.
 *
 * @param series    sensor (or series) id
 * @param step      time index of the target within that series
 * @param actual    true value, in the feature's unit
 * @param predicted the model's prediction, same unit
 */
public record PredictionRow(String series, long step, double actual, double predicted) {}
