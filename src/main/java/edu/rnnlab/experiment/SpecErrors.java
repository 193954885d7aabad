package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import edu.rnnlab.RnnlabException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions about a spec file into one line a student can act on. */
final class SpecErrors {

    private SpecErrors() {}

    /** A not-finite float ({@code .nan}, {@code .inf}, {@code -.inf}): valid YAML that Jackson's parser refuses. */
    private static final Pattern NOT_FINITE =
            Pattern.compile("Malformed numeric value '([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))'");

    /** The error for a spec file whose lines are not known (e.g. it did not parse). */
    static RnnlabException of(Path file, JsonProcessingException e) {
        return of(file, e, SpecLines.of(file));
    }

    /**
     * The error for {@code e} about {@code file}; {@code lines} names the line when Jackson cannot (a
     * spec is bound from a tree, which has no locations).
     */
    static RnnlabException of(Path file, JsonProcessingException e, SpecLines lines) {
        String where = file + location(e.getLocation());
        Matcher notFinite = NOT_FINITE.matcher(String.valueOf(e.getOriginalMessage()));
        if (notFinite.find() && e.getLocation() != null) {
            String key =
                    lines.keyAt(e.getLocation().getLineNr(), notFinite.group(1)).orElse("a number");
            return RnnlabException.badInput(
                    where + ": " + key + " is " + notFinite.group(1) + ", which YAML reads as a "
                            + "float that is not finite; every number in a spec must be finite, e.g. lr: 0.001.",
                    e);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && where.equals(file.toString())) {
            where = file + lines.where(path(m));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return RnnlabException.badInput(
                    where + ": unknown key '" + u.getPropertyName() + "'" + under(u) + "; known keys there: " + known
                            + " (see experiments/README.md).",
                    e);
        }
        if (e instanceof InvalidFormatException f) {
            String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? "; allowed: "
                            + Arrays.stream(f.getTargetType().getEnumConstants())
                                    .map(c -> c.toString().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", "))
                    : "; expected a "
                            + (f.getTargetType() == null
                                    ? "different value"
                                    : f.getTargetType().getSimpleName());
            return RnnlabException.badInput(
                    where + ": bad value '" + lines.written(path(f), f.getValue()) + "' for " + path(f) + allowed + ".",
                    e);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return RnnlabException.badInput(
                    where + ": bad value for " + path(m) + " ("
                            + e.getOriginalMessage().split("\n")[0] + "); see experiments/README.md.",
                    e);
        }
        return RnnlabException.badInput(
                where + ": not valid YAML (" + e.getOriginalMessage().split("\n")[0] + ").", e);
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String under(JsonMappingException e) {
        String path = path(e);
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : " under '" + path.substring(0, dot) + "'";
    }

    /** A dotted path like {@code models[0].hidden}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
