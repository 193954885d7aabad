package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.DataCheck;
import edu.rnnlab.experiment.ExperimentRunner;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.run.Provenance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
 * {@code rnnlab verify <zip|run-dir|experiment>...}: trains archived runs (all, or a seeded sample) again
 * from their recorded spec and seed, after checking that the data files are the recorded ones (sha256),
 * and compares every epoch's losses and the test metrics: one PASS/FAIL line per run and a summary.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Re-train archived runs from their recorded spec and seed; PASS/FAIL per run.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab verify bundle.zip --sample 3          # 3 random runs of a grader's bundle",
            "  rnnlab verify rnn-scratch                     # every archived run of an experiment",
            "  rnnlab verify reports/runs/rnn-scratch/<run-id>"
        })
final class VerifyCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "ZIP|RUN_DIR|EXPERIMENT",
            arity = "1..*",
            description = "A bundle from 'rnnlab archive', run folders, experiment folders or experiment ids.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "K", description = "Verify a random sample of K runs (default: all).")
    Integer sample;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the sample: the same seed draws the same runs (default 1).")
    long seed;

    @Mixin
    PathOptions paths;

    @Mixin
    EngineOptions engine;

    @Option(
            names = "--tolerance",
            defaultValue = "1e-9",
            description =
                    "Largest relative difference accepted (default 1e-9: same CPU and threads reproduce bitwise).")
    double tolerance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (VerifyTargets targets = new VerifyTargets(this.targets, paths.archiveRoot())) {
            targets.sample(sample, seed);
            List<ArchivedRun> runs = targets.runs();
            useRecordedThreads(runs, out);
            var device = engine.apply();
            DataCatalog catalog = new DataCatalog(paths.dataDir, paths.generatedData());
            for (ArchivedRun run : runs) { // every data file checked before the first run trains
                DataCheck.require(
                        name(run), run.spec().dataset(), run.provenance().data(), catalog);
            }
            out.printf(
                    "verifying %d of %d runs%s%n",
                    runs.size(),
                    targets.found(),
                    sample == null || sample >= targets.found() ? "" : " (random sample, --seed " + seed + ")");
            List<String> environment = EnvironmentNote.differences(
                    runs.stream().map(ArchivedRun::provenance).toList());
            environment.forEach(line -> out.println("note: environment differs: " + line));
            out.flush();
            ExperimentRunner runner = new ExperimentRunner(
                    new RunArchive(paths.archiveRoot()),
                    catalog,
                    new ProvenanceRecorder(PathOptions.home(), "verify"),
                    RunProgress.QUIET,
                    List.of());
            int failed = 0;
            for (ArchivedRun original : runs) {
                String difference =
                        Reproduction.firstDifference(original, runner.retrain(original.spec(), device), tolerance);
                out.printf(
                        "%s  %s  (seed %d, %d threads then, %d now)%s%n",
                        difference == null ? "PASS" : "FAIL",
                        name(original),
                        original.spec().seed(),
                        original.provenance().threads(),
                        ProvenanceRecorder.threads(),
                        difference == null ? "" : ": first difference " + difference);
                out.flush();
                failed += difference == null ? 0 : 1;
            }
            out.printf(
                    "%d of %d runs reproduced%s%n",
                    runs.size() - failed,
                    runs.size(),
                    failed > 0 && !environment.isEmpty()
                            ? "; the environment differs (notes above), which alone can change the last digits"
                            : "");
            return failed == 0 ? 0 : RnnlabException.Exit.NOT_REPRODUCED.code();
        }
    }

    private static String name(ArchivedRun run) {
        return run.spec().experiment() + "/" + run.dir().getFileName();
    }

    /**
     * The thread count changes the numbers, so without {@code --threads} a run is repeated with the
     * count it recorded; runs recorded with different counts need one call each (the engine takes it once).
     */
    private void useRecordedThreads(List<ArchivedRun> originals, PrintWriter out) {
        Set<Integer> recorded = new TreeSet<>();
        originals.stream().map(ArchivedRun::provenance).map(Provenance::threads).forEach(recorded::add);
        if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            if (!recorded.equals(Set.of(engine.threads))) {
                out.printf(
                        "note: the runs were made with %s engine thread(s) and are verified with %d; the numbers "
                                + "may differ for that reason alone.%n",
                        recorded, engine.threads);
            }
            return;
        }
        if (recorded.size() > 1) {
            throw RnnlabException.badInput("The runs were made with different engine thread counts " + recorded
                    + ", and one process can use only one; verify them in separate calls, one per count.");
        }
        engine.threads = recorded.iterator().next();
    }
}
