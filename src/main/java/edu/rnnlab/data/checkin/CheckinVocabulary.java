package edu.rnnlab.data.checkin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class indices for venues (or categories), fitted on the training split only: a key seen at least
 * {@code minCount} times in training gets its own class, ordered by training frequency (ties by key,
 * so the mapping is reproducible); everything else — rare in training, or first seen in validation or
 * test — is class {@value #UNKNOWN}. Fitting on all data would leak the test split's venues.
 */
public final class CheckinVocabulary {

    /** The class of rare and unseen keys. */
    public static final int UNKNOWN = 0;
    /** Its display name. */
    public static final String UNKNOWN_NAME = "<unknown>";

    private final List<String> keys;
    private final int[] counts;
    private final Map<String, Integer> index;

    private CheckinVocabulary(List<String> keys, int[] counts) {
        this.keys = List.copyOf(keys);
        this.counts = counts;
        this.index = new HashMap<>();
        for (int i = 1; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    /** Fits on the training occurrences of each key. */
    public static CheckinVocabulary fit(Map<String, Integer> trainingCounts, int minCount) {
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        int rare = 0;
        for (Map.Entry<String, Integer> e : trainingCounts.entrySet()) {
            if (e.getValue() >= Math.max(1, minCount)) {
                kept.add(e);
            } else {
                rare += e.getValue();
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue(Collections.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> keys = new ArrayList<>(kept.size() + 1);
        int[] counts = new int[kept.size() + 1];
        keys.add(UNKNOWN_NAME);
        counts[UNKNOWN] = rare;
        for (int i = 0; i < kept.size(); i++) {
            keys.add(kept.get(i).getKey());
            counts[i + 1] = kept.get(i).getValue();
        }
        return new CheckinVocabulary(keys, counts);
    }

    /** Number of classes, the unknown class included. */
    public int size() {
        return keys.size();
    }

    /** The class of a key; {@link #UNKNOWN} when it is rare or unseen in training. */
    public int classOf(String key) {
        return index.getOrDefault(key, UNKNOWN);
    }

    /** The key of a class ({@link #UNKNOWN_NAME} for class 0). */
    public String key(int cls) {
        return keys.get(cls);
    }

    /** Training occurrences of a class (for class 0: of all rare keys together). */
    public int trainingCount(int cls) {
        return counts[cls];
    }
}
