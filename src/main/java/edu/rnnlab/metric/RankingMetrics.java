package edu.rnnlab.metric;

/**
 * Ranking metrics for next-item prediction: the 1-based rank of the true class among all scores,
 * Acc@k (share of examples whose true class ranks within the top k) and MRR (mean of 1/rank).
 *
 * <p>Ties are counted pessimistically: a class scoring the same as the true class ranks ahead of it.
 * A model that outputs constant scores therefore gets the worst rank, not the best one by index luck.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    /**
     * The rank of {@code target}: 1 + the number of other classes scoring at least as high. A NaN
     * target score ranks last, so a diverged model cannot score well.
     */
    public static int rank(float[] scores, int target) {
        return rank(scores, 0, scores.length, target);
    }

    /** {@link #rank(float[], int)} on the row {@code scores[offset .. offset + classes)}. */
    public static int rank(float[] scores, int offset, int classes, int target) {
        if (target < 0 || target >= classes) {
            throw new IllegalArgumentException("target " + target + " outside 0.." + (classes - 1));
        }
        float t = scores[offset + target];
        if (Float.isNaN(t)) {
            return classes;
        }
        int ahead = 0;
        for (int c = 0; c < classes; c++) {
            if (c != target && scores[offset + c] >= t) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /** {@link #rank(float[], int)} for double scores (baselines use counts plus tie-breakers). */
    public static int rank(double[] scores, int target) {
        double t = scores[target];
        if (Double.isNaN(t)) {
            return scores.length;
        }
        int ahead = 0;
        for (int c = 0; c < scores.length; c++) {
            if (c != target && scores[c] >= t) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /** Share of ranks {@code <= k}; NaN for no examples. */
    public static double accuracyAt(int[] ranks, int k) {
        if (ranks.length == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int r : ranks) {
            if (r <= k) {
                hits++;
            }
        }
        return (double) hits / ranks.length;
    }

    /** Mean reciprocal rank; NaN for no examples. */
    public static double meanReciprocalRank(int[] ranks) {
        if (ranks.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int r : ranks) {
            sum += 1.0 / r;
        }
        return sum / ranks.length;
    }
}
