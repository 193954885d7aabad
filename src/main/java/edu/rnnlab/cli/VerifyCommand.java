package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.train.TrainingOutcome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rnnlab verify <run-dir>...}: trains archived runs again from their recorded spec and seed and
 * compares every epoch's losses and the test metrics with the archive: PASS when they agree.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-run archived runs from their recorded spec and seed; print original vs reproduced, PASS/FAIL.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_DIR", arity = "1..*", description = "Run folders, e.g. reports/runs/rnn-scratch/<run-id>.")
    List<Path> runs = new ArrayList<>();

    @Mixin PathOptions paths;
    @Mixin EngineOptions engine;

    @Option(names = "--tolerance", defaultValue = "1e-9",
            description = "Largest relative difference accepted (default 1e-9: same CPU and threads reproduce bitwise).")
    double tolerance;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ArchivedRun> originals = new ArrayList<>();
        for (Path dir : runs) {
            if (!Files.isDirectory(dir) || !(Files.exists(dir.resolve("summary.json")) || Files.exists(dir.resolve("spec.yaml")))) {
                throw RnnlabException.badInput(dir + " is not an archived run (no summary.json); pass a folder like "
                        + "reports/runs/<experiment>/<run-id>.");
            }
            originals.add(new RunArchive(dir.getParent().getParent()).read(dir)); // a damaged run: exit 2 saying what
        }
        useRecordedThreads(originals, out);
        var device = engine.apply();
        DataCatalog catalog = new DataCatalog(paths.dataDir, paths.generatedData());
        ExperimentRunner runner = new ExperimentRunner(new RunArchive(paths.archiveRoot()), catalog,
                new ProvenanceRecorder(PathOptions.home(), "verify"), RunProgress.QUIET, List.of());
        int failed = 0;
        for (ArchivedRun original : originals) {
            Path dir = original.dir();
            if (original.provenance().data().builtIn() != catalog.builtIn(original.spec().dataset())) {
                throw RnnlabException.badInput(dir + " was trained on " + original.provenance().data().description()
                        + "; pass the same --data-dir (or none for built-in data) to reproduce it.");
            }
            out.printf("verifying %s (seed %d, %d threads then, %d now)%n", dir.getFileName(), original.spec().seed(),
                    original.provenance().threads(), ProvenanceRecorder.threads());
            out.flush();
            TrainingOutcome again = runner.retrain(original.spec(), device);
            if (!compare(original, again, out)) {
                failed++;
            }
        }
        out.printf("%d of %d runs reproduced%n", runs.size() - failed, runs.size());
        return failed == 0 ? 0 : RnnlabException.Exit.NOT_REPRODUCED.code();
    }

    /**
     * The thread count changes the numbers, so without {@code --threads} a run is repeated with the
     * count it recorded; runs recorded with different counts need one call each (the engine takes it once).
     */
    private void useRecordedThreads(List<ArchivedRun> originals, PrintWriter out) {
        Set<Integer> recorded = new TreeSet<>();
        originals.forEach(r -> recorded.add(r.provenance().threads()));
        if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            if (!recorded.equals(Set.of(engine.threads))) {
                out.printf("note: the runs were made with %s engine thread(s) and are verified with %d; the numbers "
                        + "may differ for that reason alone.%n", recorded, engine.threads);
            }
            return;
        }
        if (recorded.size() > 1) {
            throw RnnlabException.badInput("The runs were made with different engine thread counts " + recorded
                    + ", and one process can use only one; verify them in separate calls, one per count.");
        }
        engine.threads = recorded.iterator().next();
    }

    private boolean compare(ArchivedRun original, TrainingOutcome again, PrintWriter out) {
        boolean ok = original.epochs().size() == again.epochs().size();
        out.printf("  %-22s %16s %16s  %s%n", "quantity", "original", "reproduced", "");
        for (int i = 0; i < Math.min(original.epochs().size(), again.epochs().size()); i++) {
            EpochRow a = original.epochs().get(i);
            EpochRow b = again.epochs().get(i);
            ok &= line(out, "epoch " + a.epoch() + " " + a.split() + " loss", a.loss(), b.loss());
        }
        for (Map.Entry<String, Double> e : original.summary().test().entrySet()) {
            ok &= line(out, "test " + e.getKey(), e.getValue(), again.test().getOrDefault(e.getKey(), Double.NaN));
        }
        ok &= original.summary().selectedEpoch() == again.selectedEpoch();
        out.printf("  selected epoch %d vs %d: %s%n", original.summary().selectedEpoch(), again.selectedEpoch(),
                ok ? "PASS" : "FAIL");
        out.flush();
        return ok;
    }

    private boolean line(PrintWriter out, String name, double a, double b) {
        boolean same = a == b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
        out.printf(Locale.ROOT, "  %-22s %16.10g %16.10g  %s%n", name, a, b, same ? "ok" : "DIFFERS");
        return same;
    }
}
