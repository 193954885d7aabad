package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.run.ModelSpec;
import java.nio.file.Path;

/** Binds a (possibly overridden) spec tree to records and checks what the types alone cannot. */
final class SpecBinder {

    private SpecBinder() {}

    static ExperimentSpec bind(Path file, ObjectNode tree) {
        ExperimentSpec spec;
        try {
            spec = ArchiveFormat.yaml().treeToValue(tree, ExperimentSpec.class);
        } catch (JsonProcessingException e) {
            throw SpecErrors.of(file, e);
        } catch (IllegalArgumentException e) {
            throw RnnlabException.badInput(file + ": " + e.getMessage(), e);
        }
        check(file, spec);
        return spec;
    }

    private static void check(Path file, ExperimentSpec spec) {
        if (spec.id() == null || !spec.id().matches("[a-z0-9][a-z0-9-]*")) {
            fail(file, "id", spec.id(), "a lower-case name of letters, digits and dashes, e.g. rnn-scratch");
        }
        if (spec.item() < 0 || spec.item() > 7) {
            fail(file, "item", spec.item(), "a lab item 1-7, or 0 for an extra");
        }
        if (spec.models().isEmpty()) {
            fail(file, "models", "(none)", "at least one model, e.g. - { cell: rnn, impl: scratch }");
        }
        if (spec.seeds() < 1) {
            fail(file, "seeds", spec.seeds(), "1 or more");
        }
        for (int i = 0; i < spec.models().size(); i++) {
            ModelSpec m = spec.models().get(i);
            if (m.hidden() < 1) {
                fail(file, "models[" + i + "].hidden", m.hidden(), "1 or more");
            }
            if (m.layers() < 1) {
                fail(file, "models[" + i + "].layers", m.layers(), "1 or more");
            }
            if (m.dropout() < 0 || m.dropout() >= 1) {
                fail(file, "models[" + i + "].dropout", m.dropout(), "a value in [0, 1)");
            }
        }
        var t = spec.train();
        if (t.epochs() < 1) {
            fail(file, "train.epochs", t.epochs(), "1 or more");
        }
        if (t.batch() < 1) {
            fail(file, "train.batch", t.batch(), "1 or more");
        }
        if (!(t.lr() > 0)) {
            fail(file, "train.lr", t.lr(), "a positive learning rate, e.g. 0.001");
        }
        if (t.clip() < 0) {
            fail(file, "train.clip", t.clip(), "0 (off) or a positive norm, e.g. 1.0");
        }
        if (spec.dataset().window() < 1) {
            fail(file, "dataset.window", spec.dataset().window(), "1 or more");
        }
    }

    private static void fail(Path file, String key, Object value, String expected) {
        throw RnnlabException.badInput(file + ": bad value '" + value + "' for " + key + "; expected " + expected + ".");
    }
}
