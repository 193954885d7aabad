package edu.rnnlab.cli;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.SpecDiff;
import edu.rnnlab.run.RunStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rnnlab compare A B}: what differs in the resolved specs, then the metrics side by side with
 * the difference (like {@code dvc metrics diff}); for groups of runs (experiments) the per-model means
 * over seeds and the paired or Welch t-test of each test metric. Reads the archive only.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two runs or two experiments: spec differences, metrics side by side, seed tests.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab compare reports/runs/rnn-scratch/<run-a> reports/runs/rnn-scratch/<run-b>",
            "  rnnlab compare rnn-scratch rnn-library      # per-model means over seeds, with a t-test"
        })
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "A run folder, an experiment folder or an experiment id.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The same for the other side.")
    String second;

    @Mixin
    PathOptions paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunSelection a = RunSelection.resolve(first, paths.archiveRoot());
        RunSelection b = RunSelection.resolve(second, paths.archiveRoot());
        out.printf(
                "A: %s (%d run%s)%nB: %s (%d run%s)%n",
                a.name(),
                a.runs().size(),
                a.runs().size() == 1 ? "" : "s",
                b.name(),
                b.runs().size(),
                b.runs().size() == 1 ? "" : "s");
        List<SpecDiff.Entry> diff = SpecDiff.of(
                a.runs().stream().map(ArchivedRun::spec).toList(),
                b.runs().stream().map(ArchivedRun::spec).toList());
        out.printf("%nSpec differences%s:%n", diff.isEmpty() ? " (none)" : "");
        Table specs = new Table("key", "A", "B");
        diff.forEach(d -> specs.add(d.key(), d.first(), d.second()));
        specs.print(out);
        if (a.runs().size() == 1 && b.runs().size() == 1) {
            metrics(a.runs().get(0), b.runs().get(0), out);
        } else {
            groups(a, b, out);
        }
        out.flush();
        return 0;
    }

    private static void metrics(ArchivedRun a, ArchivedRun b, PrintWriter out) {
        out.printf(
                "%nMetrics (status %s vs %s):%n",
                lower(a.summary().status()), lower(b.summary().status()));
        Table table = new Table("metric", "A", "B", "B - A");
        Map<String, Double> x = numbers(a);
        Map<String, Double> y = numbers(b);
        Set<String> names = new LinkedHashSet<>(x.keySet());
        names.addAll(y.keySet());
        for (String name : names) {
            Double u = x.get(name);
            Double v = y.get(name);
            table.add(name, number(u), number(v), u == null || v == null ? "-" : signed(v - u));
        }
        table.print(out);
    }

    private static void groups(RunSelection a, RunSelection b, PrintWriter out) {
        Map<String, List<ArchivedRun>> x = byModel(a.runs());
        Map<String, List<ArchivedRun>> y = byModel(b.runs());
        Set<String> models = new LinkedHashSet<>(x.keySet());
        models.addAll(y.keySet());
        out.printf("%nTest metrics per model, mean ± std over seeds (completed runs only):%n");
        for (String model : models) {
            List<ArchivedRun> ra = x.getOrDefault(model, List.of());
            List<ArchivedRun> rb = y.getOrDefault(model, List.of());
            out.printf("  %s%n", model);
            Set<String> metrics = new LinkedHashSet<>();
            ra.forEach(r -> metrics.addAll(r.summary().test().keySet()));
            rb.forEach(r -> metrics.addAll(r.summary().test().keySet()));
            Table table = new Table("metric", "A", "B", "B - A and test");
            for (String metric : metrics) {
                Map<Long, Double> sa = bySeed(ra, metric);
                Map<Long, Double> sb = bySeed(rb, metric);
                table.add(
                        metric,
                        MeanText.of(sa.values()),
                        MeanText.of(sb.values()),
                        sa.isEmpty() || sb.isEmpty() ? "-" : SeedComparison.describe(sa, sb));
            }
            table.print(out);
        }
    }

    private static Map<String, List<ArchivedRun>> byModel(List<ArchivedRun> runs) {
        Map<String, List<ArchivedRun>> groups = new LinkedHashMap<>();
        for (ArchivedRun run : runs) {
            if (run.summary().status() == RunStatus.COMPLETED) {
                String sweep =
                        run.spec().sweep().isEmpty() ? "" : " " + run.spec().sweep();
                groups.computeIfAbsent(run.spec().model().label() + sweep, k -> new ArrayList<>())
                        .add(run);
            }
        }
        return groups;
    }

    private static Map<Long, Double> bySeed(List<ArchivedRun> runs, String metric) {
        Map<Long, Double> values = new TreeMap<>();
        runs.forEach(r -> values.put(r.spec().seed(), r.summary().test().getOrDefault(metric, Double.NaN)));
        return values;
    }

    private static Map<String, Double> numbers(ArchivedRun run) {
        Map<String, Double> values = new LinkedHashMap<>();
        run.summary().test().forEach((k, v) -> values.put("test " + k, v));
        run.summary().validation().forEach((k, v) -> values.put("val " + k, v));
        values.put("selected epoch", (double) run.summary().selectedEpoch());
        values.put("parameters", (double) run.summary().parameters());
        values.put("seconds per epoch", run.summary().secondsPerEpoch());
        values.put(
                "throughput (" + run.summary().throughputUnit() + "/s)",
                run.summary().throughput());
        return values;
    }

    /** Counts (epochs, parameters) as integers, measurements to 6 significant digits. */
    static String number(Double v) {
        if (v == null) {
            return "-";
        }
        return isCount(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String signed(double d) {
        return isCount(d) ? String.format(Locale.ROOT, "%+d", (long) d) : String.format(Locale.ROOT, "%+.6g", d);
    }

    private static boolean isCount(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
