package edu.rnnlab.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Dive into Deep Learning" character language models' published figures, read from
 * {@code templates/textbook-reference.yaml} (its header names the source). Quoted, not measured; the
 * report labels them so, as it does the teacher's figures ({@link CourseReference}).
 *
 * @param source     label saying who published the figures, per language
 * @param textSha256 sha256 of the text the book trains on: our figures compare only when our text is it
 * @param setup      the book's protocol
 * @param models     the published final training perplexity and speed per model
 */
record TextbookReference(Map<String, String> source, String textSha256, Setup setup, List<Model> models) {

    static final String RESOURCE = "/templates/textbook-reference.yaml";

    /** The book's protocol. */
    record Setup(int first, int epochs, int batch, int steps, double lr, double clip) {}

    /** One published result: training perplexity after the book's epochs, and its tokens per second. */
    record Model(String section, String impl, String cell, int hidden, double perplexity, double tokensPerSecond) {

        /** Whether this is the published figure of a cell and implementation. */
        boolean matches(String cellName, String implName) {
            return cell.equalsIgnoreCase(cellName) && impl.equalsIgnoreCase(implName);
        }

        String cellKey() {
            return cell.toLowerCase(Locale.ROOT);
        }

        String implKey() {
            return impl.toLowerCase(Locale.ROOT);
        }
    }

    static TextbookReference load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = TextbookReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild rnnlab.");
            }
            return yaml.readValue(in, TextbookReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
