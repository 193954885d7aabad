package edu.rnnlab.train;

/** The three chronological splits. */
public enum Split {
    /** Fits the weights (and the scaler / vocabulary). */
    TRAIN,
    /** Selects the epoch (and, in sweeps, the hyper-parameters). */
    VAL,
    /** Scored once, at the selected epoch. */
    TEST;

    /** Lower-case name used in files ({@code train}, {@code val}, {@code test}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The one of three per-split things that belongs to this split. */
    public <T> T pick(T train, T val, T test) {
        return switch (this) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
        };
    }
}
