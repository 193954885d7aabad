package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings given on the command line with {@code --set key=value} (Hydra-style), applied to every
 * planned run after the profile and before the sweep. A key is a short key of profiles and sweeps
 * ({@code hidden}, {@code lr}; see {@link ShortKeys}), a section path ({@code train.lr},
 * {@code dataset.window}) or one model ({@code models[1].hidden}). Values are read as YAML scalars, so
 * {@code 16} is a number and {@code true} a boolean; their ranges are checked by {@link SpecBinder}, the
 * one place that knows them. Overrides are part of the run id ({@link RunIds}) and recorded in
 * {@code spec.yaml} and {@code provenance.json}.
 */
public final class Overrides {

    /** No overrides. */
    public static final Overrides NONE = new Overrides(List.of());

    private static final Pattern MODEL_PATH = Pattern.compile("models\\[(\\d+)]\\.([a-z_]+)");
    private static final Pattern SECTION_PATH = Pattern.compile("(train|dataset)\\.([a-z_]+)");

    /** One {@code --set}: the key as typed, the value as typed, and the value as YAML reads it. */
    record Entry(String key, String text, JsonNode value) {
        String typed() {
            return "--set " + key + "=" + text;
        }
    }

    private final List<Entry> entries;

    private Overrides(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses {@code key=value} arguments; a malformed one or a key given twice is bad input naming it. */
    public static Overrides parse(List<String> arguments) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0 || eq == argument.length() - 1) {
                throw RnnlabException.badInput("--set " + argument + ": expected key=value, e.g. --set hidden=64 or "
                        + "--set models[1].lr=0.003 (keys: experiments/README.md).");
            }
            String key = argument.substring(0, eq).trim();
            String text = argument.substring(eq + 1).trim();
            if (seen.put(key, text) != null) {
                throw RnnlabException.badInput("--set " + key + " is given twice; keep one.");
            }
            checkKey(key);
            entries.add(new Entry(key, text, scalar(key, text)));
        }
        return new Overrides(entries);
    }

    /** Whether nothing is overridden. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Key -> value as read, in the order given: what {@code spec.yaml}, provenance and the run id record. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.key(), ArchiveFormat.yaml().convertValue(e.value(), Object.class)));
        return values;
    }

    /**
     * Applies every override to {@code tree} (the spec from {@code file}, profile applied). Each is
     * first checked alone, so an error names the {@code --set} that caused it.
     */
    ExperimentSpec apply(ObjectNode tree, java.nio.file.Path file, SpecLines lines) {
        lines = mark(lines);
        for (Entry entry : entries) {
            ObjectNode alone = tree.deepCopy();
            set(alone, entry, file);
            bindNaming(entry, file, alone, lines);
        }
        entries.forEach(e -> set(tree, e, file));
        return SpecBinder.bind(file, tree, lines);
    }

    /** The spec lines with every overridden key marked as not written in the file (its value is quoted as given). */
    SpecLines mark(SpecLines lines) {
        for (Entry entry : entries) {
            lines = lines.withOverride(lastKey(entry.key()), "--set." + entry.key());
        }
        return lines;
    }

    private static String lastKey(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static void bindNaming(Entry entry, java.nio.file.Path file, ObjectNode tree, SpecLines lines) {
        try {
            SpecBinder.bind(file, tree, lines);
        } catch (RnnlabException e) {
            String message = e.getMessage();
            // The binder names the spec file; the value came from the command line, so say so instead.
            String rest = message.startsWith(file.toString())
                    ? message.substring(file.toString().length())
                    : ": " + message;
            throw RnnlabException.badInput(entry.typed() + " (experiment " + file.getFileName() + ")" + rest, e);
        }
    }

    private static void set(ObjectNode tree, Entry entry, java.nio.file.Path file) {
        Matcher model = MODEL_PATH.matcher(entry.key());
        Matcher section = SECTION_PATH.matcher(entry.key());
        if (model.matches()) {
            ArrayNode models = tree.withArrayProperty("models");
            int index = Integer.parseInt(model.group(1));
            if (index >= models.size()) {
                throw RnnlabException.badInput(entry.typed() + ": " + file.getFileName() + " has " + models.size()
                        + " model(s), models[0] to models[" + (models.size() - 1) + "].");
            }
            ((ObjectNode) models.get(index)).set(model.group(2), entry.value());
        } else if (section.matches()) {
            tree.withObjectProperty(section.group(1)).set(section.group(2), entry.value());
        } else {
            RunPlanner.set(tree, ShortKeys.SECTION.get(entry.key()), entry.key(), entry.value());
        }
    }

    private static void checkKey(String key) {
        if (MODEL_PATH.matcher(key).matches()
                || SECTION_PATH.matcher(key).matches()
                || ShortKeys.SECTION.containsKey(key)) {
            return;
        }
        ShortKeys.section(
                "--set " + key, "--set (or use train.KEY, dataset.KEY, models[i].KEY)", key); // throws, listing keys
    }

    private static JsonNode scalar(String key, String text) {
        try {
            JsonNode node = ArchiveFormat.yaml().readTree(text);
            if (node == null || !node.isValueNode()) {
                throw RnnlabException.badInput("--set " + key + "=" + text
                        + ": expected one value (a number, true/false " + "or a word), not a list or mapping.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw RnnlabException.badInput(
                    "--set " + key + "=" + text + ": not a value YAML can read ("
                            + e.getOriginalMessage().split("\n")[0] + ").",
                    e);
        }
    }
}
