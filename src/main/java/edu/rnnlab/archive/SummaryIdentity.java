package edu.rnnlab.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;

/**
 * What {@code summary.json} says about the run besides its outcome, so that the file alone tells which
 * run it is: experiment, lab item, seed and model, written first. They repeat {@code spec.yaml} (the
 * source of truth), so reading a summary ignores them.
 */
final class SummaryIdentity {

    private SummaryIdentity() {}

    /** Jackson mix-in for {@link RunSummary}: the identity fields are written by {@link #of}, never bound. */
    @JsonIgnoreProperties({"experiment", "item", "seed", "model"})
    interface Ignored {}

    /** The summary as JSON, led by the identity fields of {@code spec} (when known). */
    static ObjectNode of(RunSummary summary, RunSpec spec) {
        ObjectNode node = ArchiveFormat.json().createObjectNode();
        if (spec != null) {
            node.put("experiment", spec.experiment());
            node.put("item", spec.item());
            node.put("run_id", summary.runId());
            node.put("seed", spec.seed());
            node.set("model", ArchiveFormat.json().valueToTree(spec.model()));
        }
        node.setAll((ObjectNode) ArchiveFormat.json().valueToTree(summary));
        return node;
    }
}
