package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.series.CsvSeries;
import edu.rnnlab.run.DatasetSpec;

/**
 * A {@code kind: csv} series prepared like the course's series (same windows, chronological splits,
 * scaler fitted on train, gap handling, baselines, metrics): it is one {@link SeriesData} over the
 * target column.
 */
final class CsvData {

    private CsvData() {}

    static PreparedData of(CsvSeries series, DatasetSpec spec) {
        if (!series.inputs().isEmpty()) {
            // The reader reads and checks the input columns; windows with more than the target as input are
            // the multi-input series preparation's job, which this build does not have yet.
            throw RnnlabException.badInput("dataset.inputs " + spec.inputs() + " were read from "
                    + series.target().dataset() + ", but this build trains on the target column alone; remove"
                    + " dataset.inputs for now.");
        }
        return new SeriesData(series.target(), spec);
    }
}
