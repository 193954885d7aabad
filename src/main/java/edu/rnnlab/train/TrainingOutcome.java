package edu.rnnlab.train;

import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.RunStatus;
import java.util.List;
import java.util.Map;

/**
 * What a training run produced: every epoch's rows, the selected epoch and its validation and test
 * scores, the test evaluation itself (for task-specific extras such as predictions), timing, and the
 * best weights as DJL parameter bytes, and task extras computed with the selected weights.
 */
public record TrainingOutcome(
        RunStatus status,
        String message,
        List<EpochRow> epochs,
        int selectedEpoch,
        Map<String, Double> validation,
        Map<String, Double> test,
        Evaluation testEvaluation,
        long parameters,
        double throughput,
        double secondsPerEpoch,
        byte[] bestWeights,
        Map<String, String> extras) {}
