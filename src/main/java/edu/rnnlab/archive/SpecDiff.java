package edu.rnnlab.archive;

import com.fasterxml.jackson.databind.JsonNode;
import edu.rnnlab.run.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What differs between two resolved run specs, key by key ({@code model.hidden}, {@code train.lr},
 * {@code overrides.hidden}), as {@code rnnlab compare} prints it. Titles are left out: they change no number.
 */
public final class SpecDiff {

    /** One differing key; a side that lacks the key shows {@code -}. */
    public record Entry(String key, String first, String second) {}

    private SpecDiff() {}

    /** The keys whose values differ, in spec order. */
    public static List<Entry> of(RunSpec first, RunSpec second) {
        return of(flat(first), flat(second));
    }

    /**
     * The differing settings of two groups of runs (two experiments): each side contributes the keys on
     * which all its runs agree (the seed and what a sweep varies are left out).
     */
    public static List<Entry> of(List<RunSpec> first, List<RunSpec> second) {
        return of(common(first), common(second));
    }

    private static Map<String, String> common(List<RunSpec> specs) {
        Map<String, String> shared = specs.isEmpty() ? new LinkedHashMap<>() : flat(specs.get(0));
        for (RunSpec spec : specs) {
            Map<String, String> f = flat(spec);
            shared.entrySet().removeIf(e -> !e.getValue().equals(f.get(e.getKey())));
        }
        return shared;
    }

    private static List<Entry> of(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Entry> differ = new ArrayList<>();
        for (String key : keys) {
            String x = a.getOrDefault(key, "-");
            String y = b.getOrDefault(key, "-");
            if (!x.equals(y)) {
                differ.add(new Entry(key, x, y));
            }
        }
        return differ;
    }

    /** A spec as dotted keys and scalar values. */
    static Map<String, String> flat(RunSpec spec) {
        JsonNode tree = ArchiveFormat.json().valueToTree(spec);
        Map<String, String> out = new LinkedHashMap<>();
        tree.properties().forEach(e -> {
            if (!e.getKey().equals("title")) {
                flatten(e.getKey(), e.getValue(), out);
            }
        });
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }
}
