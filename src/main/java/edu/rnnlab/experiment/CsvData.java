package edu.rnnlab.experiment;

import edu.rnnlab.data.series.CsvSeries;
import edu.rnnlab.data.series.InputSeries;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code kind: csv} series prepared like the course's series (same windows, chronological splits,
 * scaler fitted on train, gap handling, baselines, metrics): one {@link SeriesData} over the target
 * column, with the {@code dataset.inputs} columns as extra inputs per step (each scaled on train, a
 * window with a gap in any input dropped), exactly as air quality's extra features.
 */
final class CsvData {

    private CsvData() {}

    static PreparedData of(CsvSeries series, DatasetSpec spec) {
        List<InputSeries> inputs = new ArrayList<>();
        for (int i = 0; i < series.inputs().size(); i++) {
            // The series has one "sensor" (the file), so each input is one array on the target's grid.
            inputs.add(new InputSeries(
                    spec.inputs().get(i), List.of(series.inputs().get(i).values())));
        }
        return new SeriesData(series.target(), inputs, spec);
    }
}
