package edu.rnnlab.data.checkin;

import edu.rnnlab.data.vocab.Vocabulary;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import java.util.List;

/**
 * Check-ins ready for next-location training: per-user chronological splits, the training-only
 * venue vocabulary, and windows of {@code window} past check-ins per split. See {@link CheckinPreparer}
 * for the rules.
 *
 * @param name       dataset name, e.g. FS_NYC
 * @param window     check-ins per window
 * @param venues     venue classes (class 0 = unknown)
 * @param categories category classes used for one-hot extras, or null when categories are not an input
 * @param users      the kept users' ids; {@link CheckinSplit#user(int)} indexes this list
 * @param train      training split
 * @param val        validation split
 * @param test       test split
 * @param summary    the counts for the report
 * @param source     the file it came from
 */
public record CheckinDataset(
        String name,
        int window,
        Vocabulary venues,
        Vocabulary categories,
        List<String> users,
        CheckinSplit train,
        CheckinSplit val,
        CheckinSplit test,
        CheckinSummary summary,
        DataSource source) {

    /**
     * Prepares a log for the spec's window, fractions, {@code minCount}, {@code minCheckins} and
     * {@code timeFeatures}; {@code categoryFeatures} adds a one-hot venue category to every step.
     */
    public static CheckinDataset prepare(CheckinLog log, DatasetSpec spec, boolean categoryFeatures) {
        return CheckinPreparer.prepare(log, spec, categoryFeatures);
    }

    /** Floats of extra input per step (0 when neither time nor category features are on). */
    public int extraFeatures() {
        return train.extraFeatures();
    }

    /** The split by its key: train, val or test. */
    public CheckinSplit split(String key) {
        return switch (key) {
            case "train" -> train;
            case "val" -> val;
            case "test" -> test;
            default -> throw new IllegalArgumentException("no split " + key);
        };
    }
}
