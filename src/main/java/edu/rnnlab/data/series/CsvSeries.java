package edu.rnnlab.data.series;

import java.util.List;

/**
 * A user's own time series read from a {@code kind: csv} file: the target column as a one-series
 * {@link SeriesSet}, and the {@code dataset.inputs} columns on the same time axis (same start, step
 * and length as the target), for models that take extra inputs.
 *
 * @param target the target column ({@code dataset.feature}); its one "sensor" is named after the column
 * @param inputs the extra input columns, in the order {@code dataset.inputs} lists them
 */
public record CsvSeries(SeriesSet target, List<SensorSeries> inputs) {}
