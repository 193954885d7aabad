package edu.rnnlab.train;

import edu.rnnlab.run.TrainSpec;
import java.util.Locale;

/**
 * What to tell the user when the training loss stops being a finite number (as DJL's
 * {@code DivergenceCheckTrainingListener} does): where it happened and what to try.
 */
final class Divergence {

    private Divergence() {}

    /** Whether an epoch's training loss means the run diverged. */
    static boolean diverged(double loss) {
        return !Double.isFinite(loss);
    }

    /** The advice for a run that diverged in {@code epoch}. */
    static String advice(TrainSpec spec, int epoch) {
        return "The training loss became NaN or infinite in epoch " + epoch + " (optimizer "
                + spec.optimizer().name().toLowerCase(Locale.ROOT) + ", lr " + spec.lr() + ", clip " + spec.clip()
                + "). Try a learning rate 10x smaller, gradient clipping (train.clip: 1.0), or a smaller hidden size.";
    }
}
