package edu.rnnlab.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seeds of one run, all derived from its root seed so that one number, recorded in the archive,
 * repeats the run: initial weights (and dropout masks) and the order of training examples.
 */
public record RunSeeds(long root, long weights, long shuffle) {

    /** Derives the seeds from a root seed. */
    public static RunSeeds from(long root) {
        SplittableRandom random = new SplittableRandom(root);
        return new RunSeeds(root, random.nextInt(Integer.MAX_VALUE), random.nextLong() & Long.MAX_VALUE);
    }

    /** The derived seeds by name, for provenance. */
    public Map<String, Long> derived() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("weights", weights);
        map.put("shuffle", shuffle);
        return map;
    }
}
