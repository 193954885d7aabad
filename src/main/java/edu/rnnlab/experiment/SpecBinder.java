package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.run.SpecException;
import java.nio.file.Path;

/**
 * Binds a (possibly overridden) spec tree to records. The records check their own values; this adds the
 * file, line and full key to their message, and checks the experiment-level keys.
 */
final class SpecBinder {

    private SpecBinder() {}

    /** Binds {@code tree}, read from {@code file}; {@code lines} says where each key is written, for errors. */
    static ExperimentSpec bind(Path file, ObjectNode tree, SpecLines lines) {
        ExperimentSpec spec;
        try {
            spec = ArchiveFormat.yaml().treeToValue(tree, ExperimentSpec.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof SpecException range) { // a record's own rule: say where it was written
                String path = SpecErrors.path(e);
                String key = (path.isEmpty() ? "" : path + ".") + range.key();
                throw RnnlabException.badInput(
                        file + lines.where(key) + ": bad value '" + lines.written(key, range.value()) + "' for " + key
                                + "; expected " + range.expected() + ".",
                        e);
            }
            throw SpecErrors.of(file, e, lines);
        } catch (JsonProcessingException e) {
            throw SpecErrors.of(file, e, lines);
        } catch (IllegalArgumentException e) {
            throw RnnlabException.badInput(file + ": " + e.getMessage(), e);
        }
        new Check(file, lines).all(spec);
        return spec;
    }

    /** The range rules of a spec, each failing with the file, line, key, the value as written, and what to write. */
    private record Check(Path file, SpecLines lines) {

        void all(ExperimentSpec spec) {
            if (spec.id() == null || !spec.id().matches("[a-z0-9][a-z0-9-]*")) {
                fail("id", spec.id(), "a lower-case name of letters, digits and dashes, e.g. rnn-scratch");
            }
            if (spec.item() < 0 || spec.item() > 7) {
                fail("item", spec.item(), "a lab item 1-7, or 0 for an extra");
            }
            if (spec.models().isEmpty()) {
                fail("models", "(none)", "at least one model, e.g. - { cell: rnn, impl: scratch }");
            }
            if (spec.seeds() < 1) {
                fail("seeds", spec.seeds(), "1 or more");
            }
        }

        private void atLeast(String key, int value, int least) {
            if (value < least) {
                fail(key, value, least == 0 ? "0 or more" : least + " or more");
            }
        }

        private void fail(String key, Object value, String expected) {
            throw RnnlabException.badInput(file + lines.where(key) + ": bad value '" + lines.written(key, value)
                    + "' for " + key + "; expected " + expected + ".");
        }
    }
}
