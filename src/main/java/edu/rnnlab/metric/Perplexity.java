package edu.rnnlab.metric;

/**
 * Perplexity of a language model: {@code exp} of the mean per-token cross-entropy (natural log), as
 * the "Dive into Deep Learning" book reports it. 1 is perfect; a uniform guess over V tokens gives V.
 */
public final class Perplexity {

    private Perplexity() {}

    /** Perplexity from the mean cross-entropy in nats per token; NaN stays NaN, overflow gives infinity. */
    public static double fromMeanCrossEntropy(double meanNats) {
        return Math.exp(meanNats);
    }

    /**
     * Perplexity from a summed cross-entropy over {@code tokens} tokens (the right way to combine
     * batches of different sizes: sum the losses times the token counts, then divide once).
     */
    public static double fromTotal(double totalNats, long tokens) {
        if (tokens <= 0) {
            return Double.NaN;
        }
        return Math.exp(totalNats / tokens);
    }
}
