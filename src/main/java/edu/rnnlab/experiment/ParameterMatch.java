package edu.rnnlab.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.model.ParameterBudget;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import java.nio.file.Path;

/**
 * Resolves a model's {@code match_params} before the run id is made: the model's {@code hidden} becomes the
 * size whose parameter count ({@link ParameterBudget}) comes closest to the named cell's at the written
 * hidden size, the key is dropped and, without a written label, the label names the chosen size. The
 * archived spec is therefore concrete: it reruns and verifies like any other, and its id says its size.
 */
final class ParameterMatch {

    private ParameterMatch() {}

    /**
     * Resolves the single model of a per-run tree in place.
     *
     * @param tree  the run's spec tree (one model)
     * @param bound the same tree bound to records
     * @param key   where the model is written in the file, e.g. {@code models[2]}, for messages
     * @return whether the tree changed (then bind it again)
     */
    static boolean resolve(ObjectNode tree, ExperimentSpec bound, String key, Path file, SpecLines lines) {
        ModelSpec model = bound.models().get(0);
        if (model.matchParams() == null) {
            return false;
        }
        DatasetSpec data = bound.dataset();
        if (data.kind() != DatasetKind.AIRQUALITY && data.kind() != DatasetKind.PEMS) {
            throw RnnlabException.badInput(file + lines.where(key + ".match_params")
                    + ": match_params sizes series regression models only (dataset kind airquality or pems), not "
                    + data.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + "; remove it and write the hidden size.");
        }
        int hidden = ParameterBudget.matchingHidden(model, model.matchParams(), inputWidth(data), 1);
        ObjectNode node = (ObjectNode) tree.withArrayProperty("models").get(0);
        node.remove("match_params");
        node.put("hidden", hidden);
        if (!node.has("label")) {
            node.put(
                    "label",
                    new ModelSpec(
                                    model.cell(),
                                    model.impl(),
                                    hidden,
                                    model.layers(),
                                    model.bidirectional(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)
                            .sizedLabel());
        }
        return true;
    }

    /** Values per time step a series model reads: the target series and each extra input series. */
    static int inputWidth(DatasetSpec data) {
        return 1 + data.inputs().size();
    }
}
