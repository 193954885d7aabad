package edu.rnnlab.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import edu.rnnlab.run.RunSummary;

/**
 * The JSON and YAML dialect of every file rnnlab reads or writes: snake_case keys, case-insensitive
 * enums written in lower case, unknown keys rejected (a typo in a spec must not be silently ignored).
 */
public final class ArchiveFormat {

    // JSON only: YAML has .nan, and a spec's non-finite number must reach the spec checks as such.
    private static final ObjectMapper JSON =
            configure(JsonMapper.builder().build()).registerModule(new NonFiniteAsNull());
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));

    private ArchiveFormat() {}

    /** The JSON mapper (pretty-printed, snake_case, strict). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The YAML mapper used for specs and {@code spec.yaml} (snake_case, strict). */
    public static ObjectMapper yaml() {
        return YAML;
    }

    @SuppressWarnings("deprecation")
    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        mapper.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.registerModule(new LowerCaseEnums());
        mapper.addMixIn(RunSummary.class, SummaryIdentity.Ignored.class);
        return mapper;
    }
}
