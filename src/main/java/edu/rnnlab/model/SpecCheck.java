package edu.rnnlab.model;

import edu.rnnlab.RnnlabException;

/**
 * Rejects factory arguments that are not part of a model spec (outputs, vocabulary sizes); the spec's
 * own values are checked by {@link edu.rnnlab.run.ModelSpec} itself.
 */
final class SpecCheck {

    private SpecCheck() {}

    /** Throws (bad input) unless {@code value > 0}. */
    static void positive(String key, int value) {
        if (value <= 0) {
            throw RnnlabException.badInput(key + " = " + value + " is not valid for a model; it must be positive");
        }
    }

    /** Throws (bad input) unless {@code value >= 0}. */
    static void nonNegative(String key, int value) {
        if (value < 0) {
            throw RnnlabException.badInput(key + " = " + value + " is not valid for a model; it must be 0 or more");
        }
    }
}
