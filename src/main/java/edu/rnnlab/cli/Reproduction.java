package edu.rnnlab.cli;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.train.TrainingOutcome;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a retrained run matches its archive: every epoch's loss per split, the selected epoch and
 * every test metric, within a relative tolerance. The verdict names the first difference.
 */
final class Reproduction {

    private Reproduction() {}

    /** Null when everything agrees; otherwise the first differing quantity with both values. */
    static String firstDifference(ArchivedRun original, TrainingOutcome again, double tolerance) {
        if (original.epochs().size() != again.epochs().size()) {
            return "epoch rows " + original.epochs().size() + " vs "
                    + again.epochs().size();
        }
        for (int i = 0; i < original.epochs().size(); i++) {
            EpochRow a = original.epochs().get(i);
            EpochRow b = again.epochs().get(i);
            if (!same(a.loss(), b.loss(), tolerance)) {
                return String.format(
                        Locale.ROOT, "epoch %d %s loss %.10g vs %.10g", a.epoch(), a.split(), a.loss(), b.loss());
            }
        }
        if (original.summary().selectedEpoch() != again.selectedEpoch()) {
            return "selected epoch " + original.summary().selectedEpoch() + " vs " + again.selectedEpoch();
        }
        for (Map.Entry<String, Double> e : original.summary().test().entrySet()) {
            double b = again.test().getOrDefault(e.getKey(), Double.NaN);
            if (!same(e.getValue(), b, tolerance)) {
                return String.format(Locale.ROOT, "test %s %.10g vs %.10g", e.getKey(), e.getValue(), b);
            }
        }
        return null;
    }

    private static boolean same(double a, double b, double tolerance) {
        boolean bothNaN = Double.isNaN(a) && Double.isNaN(b); // a diverged run diverges again the same way
        return bothNaN || a == b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
    }
}
