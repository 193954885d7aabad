package edu.rnnlab.report;

import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value a one-at-a-time study picks for its key: the setting with the best validation score
 * (never the test score, which is only reported for what was picked), the runner-up on validation
 * and the test between the two, and whether the study is complete. An incomplete study (a setting
 * with fewer completed seeds than the study ran) draws no pick at all.
 *
 * @param key        the swept key
 * @param series     the settings of one model of the study, ordered by the swept value
 * @param ranked     the settings with a score and no diverged seed, best on validation first
 * @param diverged   the settings where training diverged (loss NaN or infinite) on at least one seed
 * @param onValidation picked minus runner-up on the validation metric (NONE with fewer than two)
 * @param missing    runs of the study that are missing, failed or were interrupted (diverged runs count as done)
 * @param expected   runs a complete study has: settings × seeds seen anywhere in it
 */
record SweepPick(
        String key,
        List<ModelGroup> series,
        List<ModelGroup> ranked,
        List<ModelGroup> diverged,
        SeedTest onValidation,
        int missing,
        int expected) {

    /** The pick of the study's first model (the only one when a sweep varies one model). */
    static SweepPick of(ExperimentRuns e, String key) {
        List<String> labels = labels(e, key);
        return of(e, key, labels.isEmpty() ? "" : labels.get(0));
    }

    /** The models of a study, in spec order: each gets its own pick (a cell's best need not be another's). */
    static List<String> labels(ExperimentRuns e, String key) {
        return e.study(key).stream().map(g -> series(e, key, g)).distinct().toList();
    }

    /**
     * The model a setting belongs to in the study of {@code key}: the settings whose specs agree in all
     * but the swept value are one model, named by the label of its first setting in the study. A depth
     * or direction sweep changes the default label ("LSTM x2 (library)"), so labels alone would make
     * each depth its own model; the spec does not depend on the report's language.
     */
    static String series(ExperimentRuns e, String key, ModelGroup g) {
        List<Object> model = structure(g.model(), key);
        return e.study(key).stream()
                .filter(other -> structure(other.model(), key).equals(model))
                .findFirst()
                .map(ModelGroup::label)
                .orElse(g.label());
    }

    /** The spec's model fields, with the one a sweep of {@code key} varies left out. */
    private static List<Object> structure(ModelSpec s, String key) {
        return Arrays.asList(
                s.cell(),
                s.impl(),
                s.gruForm(),
                s.embedding(),
                s.matchParams(),
                "hidden".equals(key) ? null : s.hidden(),
                "layers".equals(key) ? null : s.layers(),
                "bidirectional".equals(key) ? null : s.bidirectional(),
                "dropout".equals(key) ? null : s.dropout());
    }

    /** The pick among the settings of the model labelled {@code label}. */
    static SweepPick of(ExperimentRuns e, String key, String label) {
        List<ModelGroup> study = e.study(key);
        List<ModelGroup> series =
                study.stream().filter(g -> series(e, key, g).equals(label)).toList();
        Set<Long> seeds = new TreeSet<>();
        series.forEach(g -> g.runs().forEach(r -> seeds.add(r.spec().seed())));
        int expected = series.size() * seeds.size();
        // A diverged run is an outcome (this setting does not train), not a missing run: the study stays
        // complete, and a setting that diverged on any seed is named and never picked.
        List<ModelGroup> diverged = series.stream().filter(SweepPick::diverged).toList();
        int done = series.stream()
                .mapToInt(g -> (int) g.runs().stream()
                        .filter(r -> r.summary().status() == RunStatus.COMPLETED
                                || r.summary().status() == RunStatus.DIVERGED)
                        .count())
                .sum();
        String metric = e.primaryMetric();
        List<ModelGroup> ranked = Observations.ranked(
                series.stream().filter(g -> !diverged.contains(g)).toList(), metric);
        SeedTest test = ranked.size() < 2
                ? SeedTest.NONE
                : SeedTest.of(
                        ranked.get(0).validationBySeed(metric), ranked.get(1).validationBySeed(metric));
        return new SweepPick(key, series, ranked, diverged, test, expected - done, expected);
    }

    private static boolean diverged(ModelGroup g) {
        return g.runs().stream().anyMatch(r -> r.summary().status() == RunStatus.DIVERGED);
    }

    /** Whether every setting has every seed completed. */
    boolean complete() {
        return missing == 0;
    }

    /** Whether there is a pick to report: a complete study with at least two scored settings. */
    boolean hasPick() {
        return complete() && ranked.size() >= 2;
    }

    /** The setting picked on validation (only meaningful when {@link #hasPick()}). */
    ModelGroup picked() {
        return ranked.get(0);
    }

    /** The runner-up on validation. */
    ModelGroup runnerUp() {
        return ranked.get(1);
    }

    /** The swept value of a setting, as text. */
    String value(ModelGroup g) {
        return SweepValues.text(g.sweep().get(key));
    }
}
