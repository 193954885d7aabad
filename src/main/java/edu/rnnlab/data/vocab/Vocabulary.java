package edu.rnnlab.data.vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class indices for tokens (venues, categories, characters, words), fitted on the training data only:
 * index {@value #UNKNOWN} is the unknown class, then every key seen at least {@code minCount} times in
 * descending order of frequency. Equal counts keep the order of the counts map given (first appearance
 * for text, as d2l's {@code Vocab}; sorted keys for check-ins), so the mapping is reproducible. Keys
 * rarer than {@code minCount}, and keys never seen in training, map to the unknown class: fitting on all
 * data would leak the test split's keys.
 */
public final class Vocabulary {

    /** The index of the unknown class. */
    public static final int UNKNOWN = 0;

    private final List<String> keys;
    private final long[] counts;
    private final Map<String, Integer> index = new HashMap<>();

    private Vocabulary(List<String> keys, long[] counts) {
        this.keys = List.copyOf(keys);
        this.counts = counts;
        for (int i = 1; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    /**
     * Fits on training counts.
     *
     * @param counts      occurrences of each key in training; its iteration order breaks ties
     * @param minCount    keys seen fewer times become unknown (values below 1 count as 1)
     * @param unknownName display name of the unknown class, e.g. {@code <unk>}
     */
    public static Vocabulary fit(Map<String, Long> counts, long minCount, String unknownName) {
        List<Map.Entry<String, Long>> kept = new ArrayList<>();
        long rare = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() >= Math.max(1, minCount)) {
                kept.add(e);
            } else {
                rare += e.getValue();
            }
        }
        kept.sort((a, b) -> Long.compare(b.getValue(), a.getValue())); // stable: ties keep the map's order
        List<String> keys = new ArrayList<>(kept.size() + 1);
        long[] frequencies = new long[kept.size() + 1];
        keys.add(unknownName);
        frequencies[UNKNOWN] = rare;
        for (int i = 0; i < kept.size(); i++) {
            keys.add(kept.get(i).getKey());
            frequencies[i + 1] = kept.get(i).getValue();
        }
        return new Vocabulary(keys, frequencies);
    }

    /** Number of classes, the unknown class included. */
    public int size() {
        return keys.size();
    }

    /** The index of a key; {@link #UNKNOWN} when it is rare or unseen in training. */
    public int index(String key) {
        return index.getOrDefault(key, UNKNOWN);
    }

    /** The key of an index (the unknown class's display name for 0). */
    public String key(int i) {
        return keys.get(i);
    }

    /** Training occurrences of an index (for the unknown class: of all rare keys together). */
    public long count(int i) {
        return counts[i];
    }

    /** All keys in index order. */
    public List<String> keys() {
        return keys;
    }
}
