package edu.rnnlab.archive;

import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.RunSpec;

/**
 * What the {@code loss} column of {@code metrics.csv} measures, written beside it as {@code loss_unit}
 * (documented in the README): the loss is what training minimised, not a metric in the data's unit.
 */
final class LossUnit {

    private LossUnit() {}

    /** The unit of the training loss for a run of this data kind; empty when not known. */
    static String of(RunSpec spec) {
        if (spec == null || spec.dataset() == null) {
            return "";
        }
        DatasetKind kind = spec.dataset().kind();
        return switch (kind) {
                // Regression trains on the min-max scaled target: the loss is not in degrees or vehicles.
            case AIRQUALITY, PEMS, CSV -> "mse_scaled_target";
            case CHECKIN -> "cross_entropy_nats";
            case TEXT -> "cross_entropy_nats_per_token";
            case TRANSLATION -> "masked_cross_entropy_nats_per_token";
        };
    }
}
