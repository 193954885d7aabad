package edu.rnnlab.train;

import ai.djl.nn.Block;
import java.util.Map;

/**
 * Keeps the best epoch so far by the selection rule, with a copy of its weights, and counts the epochs
 * since it for early stopping ({@code train.patience}; 0 = never stop early).
 */
final class BestEpoch {

    private final Selection selection;
    private final int patience;
    private Map<String, Double> scores;
    private Map<String, Double> validation = Map.of();
    private int epoch;
    private byte[] weights;
    private int sinceBest;

    BestEpoch(Selection selection, int patience) {
        this.selection = selection;
        this.patience = patience;
    }

    /**
     * Offers an epoch's scores on the selection split; keeps the block's weights when they are the best
     * so far. Returns whether training should stop early (no improvement for {@code patience} epochs).
     */
    boolean offer(int epoch, Map<String, Double> scores, Block block) {
        if (selection.improves(scores, this.scores)) {
            this.scores = scores;
            this.epoch = epoch;
            this.weights = BlockWeights.save(block);
            if (selection.split() == Split.VAL) {
                validation = scores;
            }
            sinceBest = 0;
            return false;
        }
        return patience > 0 && ++sinceBest >= patience;
    }

    /** The selected epoch (0 before any). */
    int epoch() {
        return epoch;
    }

    /** The selected epoch's validation scores (empty when selecting on test). */
    Map<String, Double> validation() {
        return validation;
    }

    /** The selected epoch's weights, or null when no epoch was scored. */
    byte[] weights() {
        return weights;
    }
}
