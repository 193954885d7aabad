package edu.rnnlab.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.rnnlab.metric.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The teacher's published figures for the worked example, read from
 * {@code templates/course-reference.yaml}. They are quoted, not measured, and the report labels
 * them so; keeping them in a data file keeps numbers out of code and templates.
 *
 * @param source label saying who published the figures, per language
 * @param task   what was predicted
 * @param setup  how the teacher trained
 * @param models the published test scores per implementation
 */
record CourseReference(Map<String, String> source, Task task, Setup setup, List<Model> models) {

    static final String RESOURCE = "/templates/course-reference.yaml";

    /** What the worked example predicts. */
    record Task(String dataset, String city, String feature, Map<String, String> description) {}

    /** The worked example's training settings. */
    record Setup(int epochs, int hidden, String optimizer, double lr, int batch, Map<String, String> selection) {}

    /** One published result. */
    record Model(String impl, String cell, double rmse, double mae, double mape) {

        /** The published value of a metric, NaN when not published. */
        double metric(String name) {
            return Metric.of(name)
                    .map(metric -> switch (metric) {
                        case RMSE -> rmse;
                        case MAE -> mae;
                        case MAPE -> mape;
                        default -> Double.NaN;
                    })
                    .orElse(Double.NaN);
        }
    }

    static CourseReference load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = CourseReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild rnnlab.");
            }
            return yaml.readValue(in, CourseReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** A per-language text, else English. */
    static String text(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.getOrDefault("en", ""));
    }
}
