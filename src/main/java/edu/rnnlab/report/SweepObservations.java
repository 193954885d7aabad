package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences under a hyper-parameter study: the best and worst value of the swept key, whether that
 * range exceeds the seed spread, and how the time per epoch moved across the range.
 */
final class SweepObservations {

    private SweepObservations() {}

    static List<String> of(ExperimentRuns e, String key, String keyLabel, List<ModelGroup> groups, ReportContext ctx) {
        Messages m = ctx.msg();
        Phrases p = new Phrases(m);
        String metric = e.primaryMetric();
        List<String> out = new ArrayList<>();
        // Study the first model of the sweep; a sweep normally varies one model, and a second one gets its own rows.
        String label = groups.isEmpty() ? "" : groups.get(0).label();
        List<ModelGroup> series = groups.stream().filter(g -> g.label().equals(label)).toList();
        List<ModelGroup> ranked = Observations.ranked(series, metric);
        if (ranked.size() < 2) {
            out.add(m.get("obs.sweep.too_few", keyLabel));
            return out;
        }
        ModelGroup best = ranked.get(0);
        ModelGroup worst = ranked.get(ranked.size() - 1);
        Estimate b = best.test(metric);
        Estimate w = worst.test(metric);
        out.add(m.get("obs.sweep.best", keyLabel, label, Metrics.label(m, metric),
                SweepValues.text(best.sweep().get(key)), p.value(b, metric, e.dataset()),
                SweepValues.text(worst.sweep().get(key)), p.value(w, metric, e.dataset())));
        switch (Difference.of(b, w, Metrics.lowerIsBetter(metric))) {
            case WITHIN_NOISE -> out.add(m.get("obs.sweep.noise", keyLabel));
            case UNKNOWN_NOISE -> out.add(m.get("obs.sweep.unknown"));
            default -> out.add(m.get("obs.sweep.real", NumberText.sig(Math.abs(b.mean() - w.mean()), 2),
                    NumberText.sig(Difference.noise(b, w), 2)));
        }
        ModelGroup first = series.get(0);
        ModelGroup last = series.get(series.size() - 1);
        if (first.secondsPerEpoch().present() && last.secondsPerEpoch().present()) {
            out.add(m.get("obs.sweep.time", p.seconds(first.secondsPerEpoch()), keyLabel,
                    SweepValues.text(first.sweep().get(key)), p.seconds(last.secondsPerEpoch()),
                    SweepValues.text(last.sweep().get(key))));
        }
        return out;
    }
}
