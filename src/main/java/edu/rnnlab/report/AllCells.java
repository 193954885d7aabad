package edu.rnnlab.report;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The six cells of the lab side by side: RNN, GRU and LSTM, each hand-written and from the library,
 * taken from items 1, 2, 5 and 6 on the same data (dataset kind, feature and window) under the
 * standard protocol. Pure: collects the groups, numbers nothing and writes no files, so the summary
 * table can ask for it too.
 */
final class AllCells {

    /** The items whose single-layer cells are compared. */
    static final List<Integer> ITEMS = List.of(1, 2, 5, 6);

    /** One of the six: a cell and implementation, the group measuring it and its experiment. */
    record Entry(CellType cell, Implementation impl, ModelGroup group, ExperimentRuns experiment) {}

    /**
     * What was found.
     *
     * @param dataset   the shared data settings
     * @param reference the experiment whose dataset the others were matched against (units, throughput)
     * @param entries   the cells found, in the order RNN, GRU, LSTM, hand-written before library
     * @param missing   the cell/implementation pairs not found
     */
    record Comparison(DatasetSpec dataset, ExperimentRuns reference, List<Entry> entries, List<Entry> missing) {

        /** The entry of a cell and implementation, if present. */
        Optional<Entry> get(CellType cell, Implementation impl) {
            return entries.stream()
                    .filter(x -> x.cell() == cell && x.impl() == impl)
                    .findFirst();
        }
    }

    private AllCells() {}

    /**
     * The comparison on the data of item 6 (else item 5, 2 or 1, whichever has a usable run), or
     * empty when none of those items has a completed single-layer run.
     */
    static Optional<Comparison> of(List<ExperimentRuns> all) {
        List<ExperimentRuns> candidates = all.stream()
                .filter(e -> ITEMS.contains(e.item()) && !e.courseProtocol())
                .toList();
        Optional<ExperimentRuns> reference = candidates.stream()
                .sorted((a, b) -> Integer.compare(b.item(), a.item()))
                .filter(e -> anyCell(e))
                .findFirst();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        DatasetSpec data = reference.get().dataset();
        List<Entry> found = new ArrayList<>();
        List<Entry> missing = new ArrayList<>();
        for (CellType cell : CellType.values()) {
            for (Implementation impl : Implementation.values()) {
                Optional<Entry> entry = candidates.stream()
                        .filter(e -> CrossItem.sameData(e.dataset(), data))
                        .flatMap(e -> CrossItem.find(e, cell, impl).map(g -> new Entry(cell, impl, g, e)).stream())
                        .findFirst();
                if (entry.isPresent()) {
                    found.add(entry.get());
                } else {
                    missing.add(new Entry(cell, impl, null, null));
                }
            }
        }
        return Optional.of(new Comparison(data, reference.get(), found, missing));
    }

    private static boolean anyCell(ExperimentRuns e) {
        for (CellType cell : CellType.values()) {
            for (Implementation impl : Implementation.values()) {
                if (CrossItem.find(e, cell, impl).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "hand-written GRU", "library LSTM": how sentences and rows name an entry. */
    static String name(Entry x, Messages m) {
        return m.get(
                "cells.name",
                m.get("impl." + x.impl().name().toLowerCase(java.util.Locale.ROOT)),
                m.get("cell." + x.cell().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
