package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.TrainSpec;
import java.nio.file.Path;

/** Binds a (possibly overridden) spec tree to records and checks what the types alone cannot. */
final class SpecBinder {

    private SpecBinder() {}

    /** Binds {@code tree}, read from {@code file}; {@code lines} says where each key is written, for errors. */
    static ExperimentSpec bind(Path file, ObjectNode tree, SpecLines lines) {
        ExperimentSpec spec;
        try {
            spec = ArchiveFormat.yaml().treeToValue(tree, ExperimentSpec.class);
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
            for (int i = 0; i < spec.models().size(); i++) {
                model("models[" + i + "].", spec.models().get(i));
            }
            train(spec.train());
            dataset(spec.dataset());
        }

        private void model(String at, ModelSpec m) {
            atLeast(at + "hidden", m.hidden(), 1);
            atLeast(at + "layers", m.layers(), 1);
            atLeast(at + "embedding", m.embedding(), 0);
            if (!(m.dropout() >= 0 && m.dropout() < 1)) { // written so that NaN fails too
                fail(at + "dropout", m.dropout(), "a value in [0, 1)");
            }
        }

        private void train(TrainSpec t) {
            atLeast("train.epochs", t.epochs(), 1);
            atLeast("train.batch", t.batch(), 1);
            atLeast("train.patience", t.patience(), 0);
            if (!(Double.isFinite(t.lr()) && t.lr() > 0)) {
                fail("train.lr", t.lr(), "a finite positive learning rate, e.g. 0.001");
            }
            if (!(Double.isFinite(t.clip()) && t.clip() >= 0)) {
                fail("train.clip", t.clip(), "0 (off) or a finite positive norm, e.g. 1.0");
            }
        }

        private void dataset(DatasetSpec d) {
            atLeast("dataset.window", d.window(), 1);
            atLeast("dataset.limit_windows", d.limitWindows(), 0);
            atLeast("dataset.sensors", d.sensors(), 0);
            atLeast("dataset.gap_limit", d.gapLimit(), 0);
        }

        private void atLeast(String key, int value, int least) {
            if (value < least) {
                fail(key, value, least == 0 ? "0 or more" : least + " or more");
            }
        }

        private void fail(String key, Object value, String expected) {
            throw RnnlabException.badInput(file + lines.where(key) + ": bad value '" + lines.written(key, value) + "' for "
                    + key + "; expected " + expected + ".");
        }
    }
}
