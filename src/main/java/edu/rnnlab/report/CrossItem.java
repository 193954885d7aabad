package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparisons the assignment asks for across items: the library RNN of item 2 against the
 * hand-written RNN of item 1, and the library LSTM/GRU of item 6 against the hand-written ones of
 * item 5, on the same dataset and feature.
 */
final class CrossItem {

    /** A library group, its hand-written counterpart, and the dataset they share. */
    record Match(CellType cell, ModelGroup scratch, ModelGroup library, ExperimentRuns libraryExperiment) {}

    private CrossItem() {}

    /** The earlier item an item is compared with, or 0 for none. */
    static int earlierItem(int item) {
        return item == 2 ? 1 : item == 6 ? 5 : 0;
    }

    static List<CellType> cells(int item) {
        return item == 2 ? List.of(CellType.RNN) : item == 6 ? List.of(CellType.GRU, CellType.LSTM) : List.of();
    }

    static List<Match> matches(int item, List<ExperimentRuns> all) {
        List<Match> out = new ArrayList<>();
        int earlier = earlierItem(item);
        for (CellType cell : cells(item)) {
            for (ExperimentRuns e : all) {
                if (e.item() != item || e.courseProtocol()) {
                    continue;
                }
                Optional<ModelGroup> lib = find(e, cell, Implementation.LIBRARY);
                Optional<ModelGroup> scratch = all.stream()
                        .filter(o -> (o.item() == earlier || o.item() == item)
                                && !o.courseProtocol()
                                && sameData(o.dataset(), e.dataset()))
                        .flatMap(o -> find(o, cell, Implementation.SCRATCH).stream())
                        .findFirst();
                if (lib.isPresent() && scratch.isPresent()) {
                    out.add(new Match(cell, scratch.get(), lib.get(), e));
                    break;
                }
            }
        }
        return out;
    }

    static String observation(Match x, int item, Messages m) {
        Phrases p = new Phrases(m);
        String metric = x.libraryExperiment().primaryMetric();
        DatasetSpec d = x.libraryExperiment().dataset();
        Estimate s = x.scratch().test(metric);
        Estimate l = x.library().test(metric);
        return m.get(
                "obs.cross",
                m.get("cell." + x.cell().name().toLowerCase(java.util.Locale.ROOT)),
                p.value(s, metric, d),
                earlierItem(item),
                p.value(l, metric, d),
                p.verdict(x.library().testAgainst(x.scratch(), metric), metric),
                p.speed(x.library().timing(), x.scratch().timing()),
                p.seconds(x.library().timing()),
                p.seconds(x.scratch().timing()));
    }

    static String verdict(Match x, Messages m) {
        Phrases p = new Phrases(m);
        String metric = x.libraryExperiment().primaryMetric();
        return m.get(
                "verdict.cross",
                m.get("cell." + x.cell().name().toLowerCase(java.util.Locale.ROOT)),
                Metrics.label(m, metric),
                p.verdict(x.library().testAgainst(x.scratch(), metric), metric),
                p.speed(x.library().timing(), x.scratch().timing()));
    }

    /** The single-layer, unidirectional, unswept group of a cell and implementation with a test score. */
    static Optional<ModelGroup> find(ExperimentRuns e, CellType cell, Implementation impl) {
        return e.unswept().stream()
                .filter(g -> g.model().cell() == cell
                        && g.model().impl() == impl
                        && g.model().layers() == 1
                        && !g.model().bidirectional()
                        && g.test(e.primaryMetric()).present())
                .findFirst();
    }

    /** Same dataset kind, feature and window: results on them are comparable. */
    static boolean sameData(DatasetSpec a, DatasetSpec b) {
        return a.kind() == b.kind()
                && Objects.equals(a.feature(), b.feature())
                && Objects.equals(a.window(), b.window());
    }
}
