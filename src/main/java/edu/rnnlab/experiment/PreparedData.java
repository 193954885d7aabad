package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.archive.PredictionRow;
import edu.rnnlab.data.DataSource;
import edu.rnnlab.model.ModelSpec;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Selection;
import edu.rnnlab.train.Task;
import java.util.List;
import java.util.Map;

/**
 * An experiment's data, loaded and prepared once and shared by all its runs: the training task,
 * the model that fits it, the baselines on its test split, and what the report should know.
 */
public interface PreparedData {

    /** The task the loop trains on. */
    Task task();

    /** A fresh model of the given spec for this task (inputs, head and vocabulary fitted). */
    Block model(ModelSpec spec);

    /** Where the data came from. */
    DataSource source();

    /** Examples per split. */
    Map<String, Integer> splits();

    /** Trivial baselines on the test split: name -> metrics. */
    Map<String, Map<String, Double>> baselines();

    /** How the epoch is selected (validation loss, or the course protocol's test score). */
    Selection selection();

    /** Test predictions to archive for charts (empty when the task has none). */
    default List<PredictionRow> predictions(Evaluation testEvaluation) {
        return List.of();
    }

    /** Task-specific results for the summary (e.g. generated text), computed with the trained model. */
    default Map<String, String> extras(Block trainedModel) {
        return Map.of();
    }
}
