package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archived runs with their recorded display words (model labels, baseline names, the selection
 * rule, the profile, swept categories, the data description and data summaries) in the report's
 * language. Done once, as the report reads the archive, so that every table, chart, caption and
 * sentence that names a model or a baseline says it the same way, and the English report reads the
 * archive exactly as written. Values, ids and hashes are untouched.
 */
final class LocalizedRuns {

    private LocalizedRuns() {}

    /** {@code runs} as the report in {@code m}'s language shows them (the same list for English). */
    static List<ArchivedRun> of(List<ArchivedRun> runs, Messages m) {
        if ("en".equals(m.language())) {
            return runs;
        }
        return runs.stream().map(r -> localized(r, m)).toList();
    }

    private static ArchivedRun localized(ArchivedRun r, Messages m) {
        return new ArchivedRun(
                r.dir(),
                spec(r.spec(), m),
                provenance(r.provenance(), m),
                summary(r.summary(), m),
                r.epochs(),
                r.predictions(),
                r.timing());
    }

    private static RunSpec spec(RunSpec s, Messages m) {
        if (s == null) {
            return null;
        }
        ModelSpec x = s.model();
        ModelSpec model = x == null ? null : x.withLabel(ArchiveTerms.modelLabel(x.label(), m));
        Map<String, Object> sweep = new LinkedHashMap<>();
        s.sweep().forEach((k, v) -> sweep.put(k, ArchiveTerms.sweepValue(v, m)));
        return new RunSpec(
                s.experiment(),
                s.item(),
                s.title(),
                s.dataset(),
                model,
                s.train(),
                s.seed(),
                ArchiveTerms.profile(s.profile(), m),
                sweep,
                s.overrides());
    }

    private static Provenance provenance(Provenance p, Messages m) {
        if (p == null || p.data() == null) {
            return p;
        }
        return p.withData(new DataSource(
                p.data().builtIn(), DataDescriptions.of(p.data(), m), p.data().files()));
    }

    private static RunSummary summary(RunSummary s, Messages m) {
        if (s == null) {
            return null;
        }
        Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
        s.baselines().forEach((name, metrics) -> baselines.put(ArchiveTerms.baseline(name, m), metrics));
        return new RunSummary(
                s.runId(),
                s.status(),
                ArchiveTerms.failure(s.message(), m),
                s.specHash(),
                s.epochsRun(),
                s.selectedEpoch(),
                ArchiveTerms.selection(s.selection(), m),
                s.validation(),
                s.test(),
                baselines,
                s.splits(),
                s.parameters(),
                s.throughput(),
                s.throughputUnit(),
                s.secondsPerEpoch(),
                s.totalSeconds(),
                DataSummaries.of(s.extras(), m),
                s.available(),
                s.testTarget());
    }
}
