package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.data.series.InputSeries;
import edu.rnnlab.data.series.PreparedSeries;
import edu.rnnlab.data.series.SeriesPreparer;
import edu.rnnlab.data.series.SeriesSet;
import edu.rnnlab.experiment.task.RegressionExtras;
import edu.rnnlab.experiment.task.RegressionTask;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Selection;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.List;
import java.util.Map;

/** A series dataset (air quality, traffic flow) prepared for next-value regression. */
final class SeriesData implements PreparedData {

    private final DatasetSpec spec;
    private final PreparedSeries prepared;
    private final RegressionTask task;
    private final Map<String, Map<String, Double>> baselines;

    SeriesData(SeriesSet set, DatasetSpec spec) {
        this(set, List.of(), spec);
        if (!spec.inputs().isEmpty()) {
            throw edu.rnnlab.RnnlabException.badInput("dataset.inputs " + spec.inputs() + " is not supported for "
                    + spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " data; leave it out (air quality takes humidity, pressure, pm1, pm25, pm10, hour).");
        }
    }

    SeriesData(SeriesSet set, List<InputSeries> inputs, DatasetSpec spec) {
        this.spec = spec;
        this.prepared = SeriesPreparer.prepare(set, inputs, spec);
        this.task = new RegressionTask(prepared);
        this.baselines = RegressionExtras.baselines(prepared, spec.horizon());
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public Block model(ModelSpec model) {
        return ModelFactory.regression(model, 1);
    }

    @Override
    public DataSource source() {
        return prepared.set().source();
    }

    @Override
    public Map<String, Integer> available() {
        return prepared.available();
    }

    @Override
    public Map<String, Double> testTarget() {
        return RegressionExtras.targetRange(prepared);
    }

    @Override
    public Map<String, Map<String, Double>> baselines() {
        return baselines;
    }

    @Override
    public Selection selection() {
        // The teacher's notebook reports the best test score; reproduce it, and say so in the summary.
        return spec.protocol() == Protocol.COURSE_EXAMPLE
                ? new Selection(Split.TEST, Metric.RMSE.key())
                : Selection.VALIDATION_LOSS;
    }

    @Override
    public List<PredictionRow> predictions(Evaluation testEvaluation) {
        return RegressionExtras.stretch(prepared, testEvaluation);
    }
}
