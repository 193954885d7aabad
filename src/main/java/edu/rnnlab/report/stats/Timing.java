package edu.rnnlab.report.stats;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunTiming;
import edu.rnnlab.run.EpochRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Min;

/**
 * Training speed of a model setting with its spread: the median and range of seconds per training
 * epoch over every timed epoch of every completed seed ({@code metrics.csv}'s train rows), and the
 * throughput derived from the same rows (work per epoch over the median seconds), so the two
 * columns of a table can never contradict each other. The first epoch of a run with more than one
 * is left out: it pays for JIT compilation and allocator warm-up, not for the model.
 *
 * @param median  median seconds per epoch (NaN when nothing was timed)
 * @param min     fastest epoch
 * @param max     slowest epoch
 * @param epochs  timed epochs (all seeds together)
 * @param perSecond samples (or tokens) per second at the median epoch time
 */
public record Timing(double median, double min, double max, int epochs, double perSecond) {

    public static final Timing NONE = new Timing(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);

    public static Timing of(List<ArchivedRun> runs) {
        if (!runs.isEmpty() && runs.stream().allMatch(r -> r.timing() != null)) {
            return ofTimingPass(runs);
        }
        List<Double> seconds = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        for (ArchivedRun run : runs) {
            List<EpochRow> train =
                    run.epochs().stream().filter(r -> "train".equals(r.split())).toList();
            for (EpochRow row : train) {
                if ((train.size() == 1 || row.epoch() > 1) && row.seconds() > 0 && Double.isFinite(row.seconds())) {
                    seconds.add(row.seconds());
                    work.add(row.seconds() * row.throughput());
                }
            }
        }
        double[] s = Estimate.finite(seconds);
        double[] w = Estimate.finite(work);
        if (s.length == 0) {
            return NONE;
        }
        double median = Median.withDefaults().evaluate(s);
        double perEpoch = w.length == 0 ? Double.NaN : Median.withDefaults().evaluate(w);
        return new Timing(median, Min.of(s).getAsDouble(), Max.of(s).getAsDouble(), s.length, perEpoch / median);
    }

    /**
     * From the timing pass (timing.json): measured with nothing else training, in interleaved rounds, so
     * the comparison is load-proof. Each round's throughput gives an epoch time; the range spans the
     * fastest and slowest round over all seeds.
     */
    private static Timing ofTimingPass(List<ArchivedRun> runs) {
        List<Double> seconds = new ArrayList<>();
        List<Double> throughput = new ArrayList<>();
        double fastest = Double.POSITIVE_INFINITY;
        double slowest = 0;
        for (ArchivedRun run : runs) {
            RunTiming t = run.timing();
            double work = t.secondsPerEpoch() * t.throughput(); // examples per epoch
            seconds.add(t.secondsPerEpoch());
            throughput.add(t.throughput());
            fastest = Math.min(fastest, work / t.maxThroughput());
            slowest = Math.max(slowest, work / t.minThroughput());
        }
        double[] s = Estimate.finite(seconds);
        if (s.length == 0) {
            return NONE;
        }
        return new Timing(
                Median.withDefaults().evaluate(s),
                Math.min(fastest, Min.of(s).getAsDouble()),
                Math.max(slowest, Max.of(s).getAsDouble()),
                s.length,
                Median.withDefaults().evaluate(Estimate.finite(throughput)));
    }

    public boolean present() {
        return epochs > 0;
    }

    /**
     * Whether this is clearly faster than {@code other}: its slowest epoch beat the other's fastest,
     * so the ranges do not overlap.
     */
    public boolean clearlyFasterThan(Timing other) {
        return present() && other.present() && max < other.min;
    }
}
