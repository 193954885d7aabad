package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A study of the forecast horizon ({@code dataset.horizon} swept): not a hyper-parameter to pick (a
 * nearer target is always easier) but the question of where learned models start to pay against the
 * trivial forecasts. At each horizon every cell's test score is set beside the better of the two
 * baselines scored on the same test windows; a cell "pays" at a horizon when every one of its seeds
 * beats both baselines.
 */
final class HorizonStudy {

    /** The swept key this study reads. */
    static final String KEY = "horizon";

    private HorizonStudy() {}

    /**
     * One paragraph: how the cells' test scores grow from the nearest to the farthest horizon, which
     * baseline is the better one where, and where the cells pay (numbers as the horizon table prints them).
     */
    static List<String> observations(ExperimentRuns e, ReportContext ctx) {
        Messages m = ctx.msg();
        String metric = e.primaryMetric();
        Map<Double, List<ModelGroup>> byHorizon = byHorizon(e);
        List<String> out = new ArrayList<>();
        List<Double> horizons = new ArrayList<>(byHorizon.keySet());
        if (horizons.size() >= 2) {
            Double first = horizons.get(0);
            Double last = horizons.get(horizons.size() - 1);
            out.add(m.get(
                    "sweep.horizon.growth",
                    Metrics.label(m, metric),
                    SweepValues.text(first),
                    span(byHorizon.get(first), metric),
                    SweepValues.text(last),
                    span(byHorizon.get(last), metric)));
        }
        Map<String, List<String>> better = new LinkedHashMap<>();
        byHorizon.forEach((h, groups) -> {
            Map.Entry<String, Double> b = bestBaseline(groups, metric);
            if (b != null) {
                better.computeIfAbsent(b.getKey(), k -> new ArrayList<>()).add(SweepValues.text(h));
            }
        });
        if (!better.isEmpty()) {
            List<String> parts = new ArrayList<>();
            better.forEach((name, hs) -> parts.add(m.get("sweep.horizon.at", name, String.join(", ", hs))));
            out.add(m.get("sweep.horizon.better", String.join("; ", parts)));
        }
        out.add(verdict(e, m));
        return List.of(String.join(" ", out));
    }

    /** "0.834–0.856": the lowest and highest mean test score of the cells at one horizon. */
    private static String span(List<ModelGroup> groups, String metric) {
        List<ModelGroup> scored =
                groups.stream().filter(g -> g.test(metric).present()).toList();
        if (scored.isEmpty()) {
            return NumberText.NONE;
        }
        ModelGroup lo = scored.get(0);
        ModelGroup hi = scored.get(0);
        for (ModelGroup g : scored) {
            lo = g.test(metric).mean() < lo.test(metric).mean() ? g : lo;
            hi = g.test(metric).mean() > hi.test(metric).mean() ? g : hi;
        }
        String low = SweepTable.meanOnly(lo.test(metric));
        String high = SweepTable.meanOnly(hi.test(metric));
        return low.equals(high) ? low : low + "\u2013" + high;
    }

    /**
     * Where the cells beat both baselines on every seed, horizon by horizon, and where none does: for the
     * summary and the section ("models start to pay" is seldom one threshold on real data).
     */
    static String verdict(ExperimentRuns e, Messages m) {
        String metric = e.primaryMetric();
        List<String> paying = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Map.Entry<Double, List<ModelGroup>> h : byHorizon(e).entrySet()) {
            Map.Entry<String, Double> baseline = bestBaseline(h.getValue(), metric);
            if (baseline == null) {
                continue;
            }
            List<String> cells = h.getValue().stream()
                    .filter(g -> pays(g, metric, baseline.getValue()))
                    .map(ModelGroup::label)
                    .toList();
            String horizon = SweepValues.text(h.getKey());
            if (cells.isEmpty()) {
                none.add(horizon);
            } else {
                paying.add(m.get("obs.horizon.at", horizon, String.join(", ", cells)));
            }
        }
        if (paying.isEmpty()) {
            return m.get("obs.horizon.never");
        }
        return m.get("obs.horizon.pays", String.join("; ", paying))
                + (none.isEmpty() ? "" : " " + m.get("obs.horizon.none", String.join(", ", none)));
    }

    static boolean pays(ModelGroup g, String metric, double baseline) {
        double[] seeds = Estimate.finite(g.testBySeed(metric).values());
        if (seeds.length == 0 || g.completed().size() < g.runs().size()) {
            return false;
        }
        boolean lower = Metrics.lowerIsBetter(metric);
        for (double v : seeds) {
            if (lower ? v >= baseline : v <= baseline) {
                return false;
            }
        }
        return true;
    }

    static Map<Double, List<ModelGroup>> byHorizon(ExperimentRuns e) {
        Map<Double, List<ModelGroup>> out = new TreeMap<>();
        for (ModelGroup g : e.study(KEY)) {
            out.computeIfAbsent(SweepValues.number(g.sweep().get(KEY)), k -> new ArrayList<>())
                    .add(g);
        }
        return out;
    }

    /** The better baseline at one horizon (name, value), or null when none was recorded. */
    static Map.Entry<String, Double> bestBaseline(List<ModelGroup> groups, String metric) {
        // The baselines do not depend on the seed or the model: the first setting that recorded them.
        return groups.stream()
                .filter(g -> !g.baselines().isEmpty())
                .findFirst()
                .flatMap(g -> BestBaseline.of(g.baselines(), metric))
                .orElse(null);
    }
}
