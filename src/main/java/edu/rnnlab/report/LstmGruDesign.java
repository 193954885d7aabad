package edu.rnnlab.report;

import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.run.CellType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Item 7 read as one designed experiment: on each dataset (one item-7 experiment each), the LSTM against
 * a GRU of the same hidden size (equal-size arm) and against the GRU whose parameter count is closest to
 * the LSTM's (equal-budget arm, the planner's {@code match_params}). Arms are recognised from the archive
 * alone: by hidden size and by the recorded parameter counts. The effect is GRU minus LSTM on the task's
 * primary test metric, tested seed by seed ({@link SeedTest}: paired when both ran the same seeds).
 *
 * @param experiments the item's experiments, one per dataset
 * @param comparisons every arm found, in experiment order, equal size before equal budget
 */
record LstmGruDesign(List<ExperimentRuns> experiments, List<Comparison> comparisons) {

    /** The two arms of the design. */
    enum Arm {
        /** The GRU has the LSTM's hidden size (about 3/4 of its parameters). */
        EQUAL_SIZE,
        /** The GRU's hidden size was chosen to match the LSTM's parameter count. */
        EQUAL_BUDGET
    }

    /**
     * One arm on one dataset.
     *
     * @param experiment the dataset's experiment
     * @param arm        which arm
     * @param lstm       the LSTM setting
     * @param gru        the GRU setting
     * @param metric     the primary test metric
     * @param effect     GRU minus LSTM on {@code metric}, with its test
     */
    record Comparison(
            ExperimentRuns experiment, Arm arm, ModelGroup lstm, ModelGroup gru, String metric, SeedTest effect) {

        /** The effect as a percentage of the LSTM's mean, so datasets with different units share an axis. */
        double relative(double value) {
            return 100 * value / lstm.test(metric).mean();
        }
    }

    /** The design of the item-7 experiments; empty comparisons when none has an LSTM and a GRU. */
    static LstmGruDesign of(List<ExperimentRuns> item7) {
        List<Comparison> out = new ArrayList<>();
        for (ExperimentRuns e : item7) {
            String metric = e.primaryMetric();
            for (ModelGroup lstm : e.groups()) {
                if (lstm.model().cell() != CellType.LSTM) {
                    continue;
                }
                List<ModelGroup> grus = e.groups().stream()
                        .filter(g -> g.model().cell() == CellType.GRU && alike(g, lstm))
                        .toList();
                Optional<ModelGroup> same = grus.stream()
                        .filter(g -> g.model().hidden().equals(lstm.model().hidden()))
                        .findFirst();
                same.ifPresent(g -> out.add(comparison(e, Arm.EQUAL_SIZE, lstm, g, metric)));
                long sameGap = same.map(g -> gap(g, lstm)).orElse(Long.MAX_VALUE);
                grus.stream()
                        .filter(g -> !g.model().hidden().equals(lstm.model().hidden()))
                        .min(Comparator.comparingLong(g -> gap(g, lstm)))
                        .filter(g -> gap(g, lstm) < sameGap) // only a GRU sized towards the LSTM's budget
                        .ifPresent(g -> out.add(comparison(e, Arm.EQUAL_BUDGET, lstm, g, metric)));
            }
        }
        return new LstmGruDesign(item7, out);
    }

    /** The comparison of an arm on an experiment, if it was run. */
    Optional<Comparison> get(ExperimentRuns e, Arm arm) {
        return comparisons.stream()
                .filter(c -> c.experiment() == e && c.arm() == arm)
                .findFirst();
    }

    private static Comparison comparison(ExperimentRuns e, Arm arm, ModelGroup lstm, ModelGroup gru, String metric) {
        return new Comparison(e, arm, lstm, gru, metric, gru.testAgainst(lstm, metric));
    }

    /** Same implementation, layers, direction and sweep point: only the cell and its size differ. */
    private static boolean alike(ModelGroup g, ModelGroup lstm) {
        return g.model().impl() == lstm.model().impl()
                && g.model().layers().equals(lstm.model().layers())
                && g.model().bidirectional().equals(lstm.model().bidirectional())
                && g.sweep().equals(lstm.sweep());
    }

    private static long gap(ModelGroup g, ModelGroup lstm) {
        return Math.abs(g.parameters() - lstm.parameters());
    }
}
