package edu.rnnlab.report;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.report.stats.Curve;
import edu.rnnlab.report.stats.Estimate;

/**
 * What a model's loss curves say, read from the seed-mean training and validation loss per epoch
 * and the validation-selected epoch: overfitting (validation loss rose clearly above its minimum
 * while training loss kept falling), still improving (validation picked the last epoch: more epochs
 * would help), or levelled off. The sentence quotes the numbers it rests on, so a reader can check
 * it against the loss chart.
 *
 * @param kind      the reading
 * @param bestEpoch epoch of the lowest mean validation loss
 * @param lastEpoch last epoch trained
 * @param bestLoss  the lowest mean validation loss
 * @param lastLoss  mean validation loss at the last epoch
 * @param trainAtBest mean training loss at {@code bestEpoch}
 * @param trainLast mean training loss at the last epoch
 */
record CurveReading(
        Kind kind,
        int bestEpoch,
        int lastEpoch,
        double bestLoss,
        double lastLoss,
        double trainAtBest,
        double trainLast) {

    /**
     * How far above its minimum the final validation loss must rise, at least two epochs after it, to
     * call it overfitting.
     */
    static final double RISE = 0.02;

    enum Kind {
        OVERFITTING,
        IMPROVING,
        LEVELLED,
        UNKNOWN
    }

    static CurveReading of(ModelGroup g) {
        Curve val = g.curve("val", Metric.LOSS.key());
        Curve train = g.curve("train", Metric.LOSS.key());
        if (val.x().length < 2 || train.x().length != val.x().length) {
            return new CurveReading(Kind.UNKNOWN, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int best = 0;
        for (int i = 1; i < val.mean().length; i++) {
            if (val.mean()[i] < val.mean()[best]) {
                best = i;
            }
        }
        int last = val.mean().length - 1;
        double bestLoss = val.mean()[best];
        double lastLoss = val.mean()[last];
        double trainAtBest = train.mean()[best];
        double trainLast = train.mean()[last];
        Estimate selected = g.selectedEpoch();
        boolean pickedLast = selected.present() && Math.round(selected.mean()) >= Math.round(val.x()[last]);
        // A rise over one last epoch is noise; overfitting needs at least two epochs past the best.
        Kind kind = lastLoss > bestLoss * (1 + RISE) && trainLast < trainAtBest && last - best >= 2
                ? Kind.OVERFITTING
                : best == last || pickedLast ? Kind.IMPROVING : Kind.LEVELLED;
        return new CurveReading(
                kind, (int) val.x()[best], (int) val.x()[last], bestLoss, lastLoss, trainAtBest, trainLast);
    }

    /** The sentence for {@code label}, in the report's language. */
    String sentence(String label, Messages m) {
        return switch (kind) {
            case OVERFITTING -> m.get(
                    "analysis.curve.overfit",
                    label,
                    bestEpoch,
                    NumberText.sig(bestLoss, 3),
                    NumberText.sig(100 * (lastLoss / bestLoss - 1), 2),
                    lastEpoch,
                    NumberText.sig(trainAtBest, 3),
                    NumberText.sig(trainLast, 3));
            case IMPROVING -> m.get("analysis.curve.improving", label, lastEpoch);
            case LEVELLED -> m.get("analysis.curve.levelled", label, bestEpoch, lastEpoch);
            case UNKNOWN -> "";
        };
    }
}
