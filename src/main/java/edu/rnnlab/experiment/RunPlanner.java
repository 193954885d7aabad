package edu.rnnlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands an experiment into its runs: the profile's overrides are applied to the spec tree, then
 * every model x every sweep point (one key at a time, from the base settings) x every seed becomes
 * one fully resolved {@link RunSpec}; a model's {@code match_params} is resolved into its hidden size
 * ({@link ParameterMatch}).
 */
public final class RunPlanner {

    /** Profile used when a spec does not define {@code quick}: a minute-scale smoke run. */
    static final Map<String, Object> DEFAULT_QUICK = Map.of("epochs", 2, "limit_windows", 2000, "seeds", 1);

    /** The profile key that replaces the spec's sweep instead of setting a short key. */
    static final String PROFILE_SWEEP = "sweep";

    private RunPlanner() {}

    /**
     * The runs of one experiment.
     *
     * @param loaded   the spec as loaded
     * @param profile  quick | standard | full
     * @param baseSeed the first root seed; seed {@code k} of a configuration is {@code baseSeed + k}
     * @param seeds    number of seeds, or null for the spec's (profile-adjusted) value
     */
    public static List<RunSpec> plan(Registry.LoadedSpec loaded, String profile, long baseSeed, Integer seeds) {
        return plan(loaded, profile, baseSeed, seeds, Overrides.NONE);
    }

    /** The runs of one experiment with command-line overrides applied after the profile (a swept key keeps its sweep). */
    public static List<RunSpec> plan(
            Registry.LoadedSpec loaded, String profile, long baseSeed, Integer seeds, Overrides cli) {
        String file = loaded.file().toString();
        SpecLines lines = SpecLines.of(loaded.file());
        ObjectNode base = loaded.tree().deepCopy();
        Map<String, Object> overrides = loaded.spec().profiles().get(profile);
        if (overrides == null && "quick".equals(profile)) {
            overrides = DEFAULT_QUICK;
        }
        Map<String, List<Object>> sweep = loaded.spec().sweep();
        if (overrides != null && overrides.containsKey(PROFILE_SWEEP)) {
            // A profile may sweep fewer values (a quick smoke run need not draw every curve point).
            sweep = profileSweep(overrides.get(PROFILE_SWEEP), file, profile);
            overrides = new LinkedHashMap<>(overrides);
            overrides.remove(PROFILE_SWEEP);
        }
        if (overrides != null) {
            for (var o : overrides.entrySet()) {
                set(base, ShortKeys.section(file, "profiles." + profile, o.getKey()), o.getKey(), o.getValue());
                lines = lines.withOverride(o.getKey(), "profiles." + profile + "." + o.getKey());
            }
        }
        base.remove("profiles");
        base.remove("sweep");
        lines = cli.mark(lines);
        ExperimentSpec spec = cli.apply(base, loaded.file(), lines);
        int seedCount = seeds != null ? seeds : spec.seeds();
        List<Map<String, Object>> points = sweepPoints(sweep, file);
        List<RunSpec> runs = new ArrayList<>();
        for (int m = 0; m < spec.models().size(); m++) {
            for (Map<String, Object> point : points) {
                ObjectNode tree = base.deepCopy();
                ArrayNode models = ArchiveFormat.yaml()
                        .createArrayNode()
                        .add(tree.withArrayProperty("models").get(m));
                tree.set("models", models);
                SpecLines at = lines;
                for (var p : point.entrySet()) {
                    set(tree, ShortKeys.section(file, "sweep", p.getKey()), p.getKey(), p.getValue());
                    at = at.withOverride(p.getKey(), "sweep." + p.getKey());
                }
                ExperimentSpec resolved = SpecBinder.bind(loaded.file(), tree, at);
                if (ParameterMatch.resolve(tree, resolved, "models[" + m + "]", loaded.file(), at)) {
                    resolved = SpecBinder.bind(loaded.file(), tree, at);
                }
                ModelSpec model = resolved.models().get(0);
                for (int s = 0; s < seedCount; s++) {
                    runs.add(new RunSpec(
                            spec.id(),
                            spec.item(),
                            spec.title(),
                            resolved.dataset(),
                            model,
                            resolved.train(),
                            baseSeed + s,
                            profile,
                            point,
                            cli.values()));
                }
            }
        }
        return runs;
    }

    /** The {@code sweep} of a profile: short key -> list of values, replacing the spec's sweep. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> profileSweep(Object value, String file, String profile) {
        if (!(value instanceof Map<?, ?> map)
                || !map.values().stream().allMatch(v -> v instanceof List<?> l && !l.isEmpty())) {
            throw RnnlabException.badInput(file + ": profiles." + profile + ".sweep must map short keys to non-empty"
                    + " lists of values, like the top-level sweep (e.g. { hidden: [16, 64] }), but is " + value + ".");
        }
        return (Map<String, List<Object>>) map;
    }

    private static List<Map<String, Object>> sweepPoints(Map<String, List<Object>> sweep, String file) {
        List<Map<String, Object>> points = new ArrayList<>();
        if (sweep.isEmpty()) {
            points.add(Map.of());
            return points;
        }
        sweep.forEach((key, values) -> {
            ShortKeys.section(file, "sweep", key);
            for (Object value : values) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put(key, value);
                points.add(point);
            }
        });
        return points;
    }

    /** Sets a short key in its section of {@code tree}: every model for a model key. */
    static void set(ObjectNode tree, String section, String key, Object value) {
        JsonNode node = ArchiveFormat.yaml().valueToTree(value);
        switch (section) {
            case "" -> tree.set(key, node);
            case "models" -> tree.withArrayProperty("models").forEach(m -> ((ObjectNode) m).set(key, node));
            default -> tree.withObjectProperty(section).set(key, node);
        }
    }
}
