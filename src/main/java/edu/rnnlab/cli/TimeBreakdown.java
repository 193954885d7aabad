package edu.rnnlab.cli;

import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.RunTimes;
import edu.rnnlab.experiment.TrainedRun;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where an invocation's time went, printed at its end: wall time, then the runs' time summed by
 * phase (data preparation, training, evaluation, the rest), the timing pass, report rendering, and the
 * slowest five runs. With several jobs the summed run times exceed the wall time: that is the point.
 */
final class TimeBreakdown {

    private TimeBreakdown() {}

    /**
     * @param reportSeconds report rendering, or a negative number when no report was rendered
     */
    static void print(PrintWriter out, ExperimentRunner.Outcome outcome, double wallSeconds, double reportSeconds) {
        double prepare = outcome.prepareSeconds();
        double train = 0;
        double evaluate = 0;
        double other = 0;
        for (TrainedRun run : outcome.runs()) {
            RunTimes t = run.times();
            prepare += t.prepareSeconds();
            train += t.trainSeconds();
            evaluate += t.evaluateSeconds();
            other += t.otherSeconds();
        }
        out.printf(
                Locale.ROOT,
                "Time: %.1f s wall, %d job%s. Data preparation %.1f s (%.1f s of it before training), "
                        + "training %.1f s, evaluation %.1f s, model setup and archiving %.1f s (summed over runs)",
                wallSeconds,
                outcome.jobs(),
                outcome.jobs() == 1 ? "" : "s",
                prepare,
                outcome.prepareSeconds(),
                train,
                evaluate,
                other);
        if (outcome.timingSeconds() > 0) {
            out.printf(Locale.ROOT, "; timing pass %.1f s", outcome.timingSeconds());
        }
        if (reportSeconds >= 0) {
            out.printf(Locale.ROOT, "; report rendering %.1f s", reportSeconds);
        }
        out.println(".");
        List<TrainedRun> slowest = outcome.runs().stream()
                .sorted(Comparator.comparingDouble((TrainedRun r) -> r.times().totalSeconds())
                        .reversed())
                .limit(5)
                .toList();
        if (!slowest.isEmpty()) {
            out.println("Slowest runs:");
        }
        for (TrainedRun r : slowest) {
            RunTimes t = r.times();
            out.printf(
                    Locale.ROOT,
                    "  %6.1f s  %s %s s%d (data %.1f, train %.1f, evaluate %.1f, other %.1f)%n",
                    t.totalSeconds(),
                    r.spec().experiment(),
                    r.spec().model().label(),
                    r.spec().seed(),
                    t.prepareSeconds(),
                    t.trainSeconds(),
                    t.evaluateSeconds(),
                    t.otherSeconds());
        }
        out.flush();
    }
}
