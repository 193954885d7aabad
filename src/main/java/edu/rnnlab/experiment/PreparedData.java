package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.PredictionRow;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Selection;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.LinkedHashMap;
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

    /**
     * What the model's size depends on besides its spec, for the memory estimate made before training.
     *
     * @param inputs     values per time step entering the first recurrent layer
     * @param outputs    values the head predicts per example (or per step, for a language model)
     * @param vocabulary rows of a token embedding table, 0 when the inputs are not tokens
     */
    record Shape(int inputs, int outputs, int vocabulary) {}

    /** The shape of the model {@link #model} would build; one input and one output by default (a series). */
    default Shape shape(ModelSpec spec) {
        return new Shape(1, 1, 0);
    }

    /** Where the data came from. */
    DataSource source();

    /** Examples per split, keyed train, val, test. */
    default Map<String, Integer> splits() {
        Map<String, Integer> splits = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            splits.put(split.key(), task().size(split));
        }
        return splits;
    }

    /** Examples per split before a {@code limit_windows} cap; the capped counts when nothing was capped. */
    default Map<String, Integer> available() {
        return splits();
    }

    /** {@code min} and {@code max} of the test targets in the feature's unit; empty for non-regression tasks. */
    default Map<String, Double> testTarget() {
        return Map.of();
    }

    /** Trivial baselines on the test split: name -> metrics. */
    Map<String, Map<String, Double>> baselines();

    /** How the epoch is selected: the lowest validation loss unless the protocol says otherwise. */
    default Selection selection() {
        return Selection.VALIDATION_LOSS;
    }

    /** Test predictions to archive for charts (empty when the task has none). */
    default List<PredictionRow> predictions(Evaluation testEvaluation) {
        return List.of();
    }

    /** Task-specific results for the summary (e.g. generated text), computed with the trained model. */
    default Map<String, String> extras(Block trainedModel) {
        return Map.of();
    }
}
