package edu.rnnlab.run;

/**
 * How to train, as written under {@code train:} in an experiment spec. Defaults are written out by the
 * compact constructor (see {@code experiments/README.md}).
 *
 * @param epochs    passes over the training split (default 10)
 * @param batch     examples per batch (default 64)
 * @param optimizer adam | sgd (default adam)
 * @param lr        learning rate (default 0.001)
 * @param clip      global L2-norm gradient clipping threshold; 0 = off (default 1.0)
 * @param patience  stop after this many epochs without validation improvement; 0 = never (default 0)
 */
public record TrainSpec(
        Integer epochs, Integer batch, OptimizerKind optimizer, Double lr, Double clip, Integer patience) {

    /** Fills defaults for every key left out. */
    public TrainSpec {
        epochs = epochs == null ? 10 : epochs;
        batch = batch == null ? 64 : batch;
        optimizer = optimizer == null ? OptimizerKind.ADAM : optimizer;
        lr = lr == null ? 1e-3 : lr;
        clip = clip == null ? 1.0 : clip;
        patience = patience == null ? 0 : patience;
        SpecException.atLeast("epochs", epochs, 1);
        SpecException.atLeast("batch", batch, 1);
        SpecException.atLeast("patience", patience, 0);
        SpecException.require(Double.isFinite(lr) && lr > 0, "lr", lr, "a finite positive learning rate, e.g. 0.001");
        SpecException.require(
                Double.isFinite(clip) && clip >= 0, "clip", clip, "0 (off) or a finite positive norm, e.g. 1.0");
    }

    /** The optimisers the loop supports. */
    public enum OptimizerKind {
        /** Adam, betas 0.9/0.999, eps 1e-8 (PyTorch defaults). */
        ADAM,
        /** Plain stochastic gradient descent. */
        SGD
    }
}
