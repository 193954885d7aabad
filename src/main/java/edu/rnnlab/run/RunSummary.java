package edu.rnnlab.run;

import java.util.Map;

/**
 * The outcome of one run, stored as {@code summary.json}. Every number here was measured by the run.
 *
 * @param runId             directory name of the run
 * @param status            completed | diverged | interrupted
 * @param message           for a diverged or interrupted run: what happened and what to try
 * @param specHash          sha256 (hex, 16 chars) of the spec without the seed
 * @param epochsRun         epochs actually trained
 * @param selectedEpoch     the epoch whose weights were scored on test (1-based; 0 if none)
 * @param selection         how it was selected, e.g. "lowest validation loss" or "best test RMSE (course protocol)"
 * @param validation        validation metrics at the selected epoch (loss included)
 * @param test              test metrics at the selected epoch (loss included)
 * @param baselines         trivial baselines on the same test split: name -> metrics
 * @param splits            examples per split: train, val, test (after any profile limit)
 * @param parameters        trainable parameter count
 * @param throughput        mean training throughput over epochs, in {@code throughputUnit} per second
 * @param throughputUnit    "samples" or "tokens"
 * @param secondsPerEpoch   mean wall time of one training epoch (validation excluded)
 * @param totalSeconds      wall time of the whole run, data preparation and test included
 * @param extras            task-specific results, e.g. {@code generated} text for language models
 */
public record RunSummary(
        String runId,
        RunStatus status,
        String message,
        String specHash,
        int epochsRun,
        int selectedEpoch,
        String selection,
        Map<String, Double> validation,
        Map<String, Double> test,
        Map<String, Map<String, Double>> baselines,
        Map<String, Integer> splits,
        long parameters,
        double throughput,
        String throughputUnit,
        double secondsPerEpoch,
        double totalSeconds,
        Map<String, String> extras) {

    /** Null maps become empty maps. */
    public RunSummary {
        validation = validation == null ? Map.of() : validation;
        test = test == null ? Map.of() : test;
        baselines = baselines == null ? Map.of() : baselines;
        splits = splits == null ? Map.of() : splits;
        extras = extras == null ? Map.of() : extras;
    }
}
