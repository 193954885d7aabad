package edu.rnnlab.model;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;

/**
 * Rejects model specs that cannot be built, with a message that names the key, the value and what to
 * write instead (keys as in the {@code models:} entries of an experiment spec).
 */
final class SpecCheck {

    private SpecCheck() {}

    /** Throws {@link RnnlabException} (bad input) for the first invalid value of {@code spec}. */
    static void validate(ModelSpec spec) {
        String model = "model '" + spec.label() + "': ";
        if (spec.hidden() <= 0) {
            throw RnnlabException.badInput(model + "hidden = " + spec.hidden()
                    + " is not a valid size; give a positive number of hidden units per direction, e.g. hidden: 32");
        }
        if (spec.layers() < 1) {
            throw RnnlabException.badInput(model + "layers = " + spec.layers()
                    + " is not valid; give at least 1 stacked layer, e.g. layers: 1");
        }
        double dropout = spec.dropout();
        if (!(dropout >= 0.0 && dropout < 1.0)) {
            throw RnnlabException.badInput(model + "dropout = " + dropout
                    + " is outside [0, 1); give a drop rate such as dropout: 0.2 (0 = no dropout)");
        }
        if (spec.embedding() < 0) {
            throw RnnlabException.badInput(model + "embedding = " + spec.embedding()
                    + " is negative; give an embedding size such as embedding: 64, or 0 for one-hot inputs");
        }
        if (spec.cell() == CellType.GRU && spec.gruForm() == GruForm.TEXTBOOK
                && spec.impl() == Implementation.LIBRARY) {
            throw RnnlabException.badInput(model + "gruForm = textbook exists only for impl: scratch "
                    + "(the library GRU is the reset_after form); use impl: scratch or gruForm: reset_after");
        }
    }

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
