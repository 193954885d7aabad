package edu.rnnlab.run;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One model of an experiment, as written in {@code experiments/*.yaml} under {@code models:}.
 * Missing keys take the defaults documented in {@code experiments/README.md}; the compact
 * constructor writes them out so that a resolved spec always names every value.
 *
 * @param cell          rnn | gru | lstm
 * @param impl          scratch (hand-written) | library (DJL block)
 * @param hidden        hidden units per direction (default 32)
 * @param layers        stacked layers (default 1)
 * @param bidirectional run a second direction on the reversed sequence (default false)
 * @param dropout       dropout between stacked layers, 0..1 (default 0)
 * @param gruForm       reset_after (default, equals the library) | textbook; ignored for other cells
 * @param embedding     embedding size for token inputs (check-ins, text); 0 = one-hot (default 0)
 * @param label         short display name; default derived, e.g. "LSTM (scratch)"
 * @param matchParams   size this model to the parameter count of that cell at the written {@code hidden}
 *                      (same inputs, layers, directions and head): the planner replaces {@code hidden}
 *                      with the closest size and drops this key, so a run's spec is always concrete
 *                      (default none; omitted from {@code spec.yaml}, so existing run ids stay)
 */
public record ModelSpec(
        CellType cell,
        Implementation impl,
        Integer hidden,
        Integer layers,
        Boolean bidirectional,
        Double dropout,
        GruForm gruForm,
        Integer embedding,
        String label,
        @JsonInclude(JsonInclude.Include.NON_NULL) CellType matchParams) {

    /** Fills defaults for every key left out and rejects values out of range ({@link SpecException}). */
    public ModelSpec {
        cell = cell == null ? CellType.RNN : cell;
        impl = impl == null ? Implementation.LIBRARY : impl;
        hidden = hidden == null ? 32 : hidden;
        layers = layers == null ? 1 : layers;
        bidirectional = bidirectional != null && bidirectional;
        dropout = dropout == null ? 0.0 : dropout;
        gruForm = gruForm == null ? GruForm.RESET_AFTER : gruForm;
        embedding = embedding == null ? 0 : embedding;
        label = label == null || label.isBlank() ? defaultLabel(cell, impl, layers, bidirectional) : label;
        SpecException.atLeast("hidden", hidden, 1);
        SpecException.atLeast("layers", layers, 1);
        SpecException.atLeast("embedding", embedding, 0);
        SpecException.require(dropout >= 0 && dropout < 1, "dropout", dropout, "a value in [0, 1)"); // NaN fails too
        SpecException.require(
                !(cell == CellType.GRU && gruForm == GruForm.TEXTBOOK && impl == Implementation.LIBRARY),
                "gru_form",
                "textbook",
                "reset_after for impl: library (the library GRU is the reset-after form), "
                        + "or impl: scratch for the textbook form");
    }

    /** A spec with only cell and implementation chosen. */
    public static ModelSpec of(CellType cell, Implementation impl, int hidden) {
        return new ModelSpec(cell, impl, hidden, null, null, null, null, null, null, null);
    }

    /** The default label with the hidden size in it, e.g. "GRU h74 (library)", for a size chosen by the planner. */
    public String sizedLabel() {
        String plain = defaultLabel(cell, impl, layers, bidirectional);
        int open = plain.lastIndexOf(" (");
        return plain.substring(0, open) + " h" + hidden + plain.substring(open);
    }

    /** The same model under another label (e.g. the report's translation of it). */
    public ModelSpec withLabel(String other) {
        return new ModelSpec(
                cell, impl, hidden, layers, bidirectional, dropout, gruForm, embedding, other, matchParams);
    }

    /** Number of directions (1 or 2). */
    public int directions() {
        return bidirectional ? 2 : 1;
    }

    private static String defaultLabel(CellType cell, Implementation impl, int layers, boolean bidirectional) {
        String prefix = (bidirectional ? "Bi-" : "") + cell.name() + (layers > 1 ? " x" + layers : "");
        return prefix + " (" + (impl == Implementation.SCRATCH ? "scratch" : "library") + ")";
    }
}
