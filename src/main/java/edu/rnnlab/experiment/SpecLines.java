package edu.rnnlab.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each key of a spec file is written: SnakeYAML's node tree keeps a line mark per node, which
 * Jackson's tree (what specs are bound from) drops. Errors about a value use it to name the line and
 * to quote the value as written ({@code 1e400}, not the {@code Infinity} it became).
 *
 * <p>Keys are dotted paths as Jackson reports them: {@code train.lr}, {@code models[0].hidden}. A
 * value set by a profile or a sweep is found where it was written: {@link #withOverride} maps a short
 * key such as {@code limit_windows} to {@code profiles.quick.limit_windows}.
 */
final class SpecLines {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Node root;
    private final Map<String, String> overrides;

    private SpecLines(Node root, Map<String, String> overrides) {
        this.root = root;
        this.overrides = overrides;
    }

    /** The lines of {@code file}; without marks (nothing found) when the file cannot be composed. */
    static SpecLines of(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SpecLines(new Yaml().compose(in), Map.of());
        } catch (IOException | RuntimeException e) {
            return new SpecLines(null, Map.of()); // a syntax error is reported by the parser itself, with its line
        }
    }

    /** The same lines, with values of {@code shortKey} looked up at {@code path} (a profile or sweep entry). */
    SpecLines withOverride(String shortKey, String path) {
        Map<String, String> more = new HashMap<>(overrides);
        more.put(shortKey, path);
        return new SpecLines(root, more);
    }

    /** {@code " line N"} for a key, or empty when the key is not written in the file. */
    String where(String key) {
        return node(key).map(n -> " line " + (n.getStartMark().getLine() + 1)).orElse("");
    }

    /** The value of a key as written in the file, or {@code fallback} when it is not a plain scalar there. */
    String written(String key, Object fallback) {
        return node(key)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue())
                .orElse(String.valueOf(fallback));
    }

    /** The dotted key whose scalar value {@code value} is written on {@code line} (1-based), if any. */
    Optional<String> keyAt(int line, String value) {
        return keyAt(root, "", line - 1, value);
    }

    private Optional<Node> node(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        String path = overrides.getOrDefault(last, key);
        Node node = root;
        for (String part : path.split("\\.")) {
            node = child(node, INDEX.matcher(part).replaceAll(""));
            for (Matcher m = INDEX.matcher(part); m.find(); ) {
                node = node instanceof SequenceNode s
                                && Integer.parseInt(m.group(1)) < s.getValue().size()
                        ? s.getValue().get(Integer.parseInt(m.group(1)))
                        : null;
            }
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    private static Node child(Node node, String name) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static Optional<String> keyAt(Node node, String path, int line, String value) {
        if (node instanceof ScalarNode s) {
            boolean here = s.getStartMark().getLine() == line && s.getValue().equals(value) && !path.isEmpty();
            return here ? Optional.of(path) : Optional.empty();
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String name = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                Optional<String> found =
                        keyAt(t.getValueNode(), path.isEmpty() ? name : path + "." + name, line, value);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                Optional<String> found = keyAt(items.get(i), path + "[" + i + "]", line, value);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
