package edu.rnnlab.experiment;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.train.TrainingListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker side of a parallel invocation: a process of its own that trains the runs it is sent, one
 * at a time, and reports progress and results as {@link WorkerMessage}s. It plans exactly as the
 * invoking process does and finds each run by id, so a run trained here is the run the plan meant.
 * It takes no reports-folder lock: the invoking process holds it for the whole invocation. An error
 * in one run is reported and the worker takes the next.
 */
public final class RunWorker {

    /** Batch events sent at most this often per run: enough for a live progress line, little pipe traffic. */
    private static final long BATCH_EVENT_NANOS = 250_000_000L;

    private final Registry registry;
    private final DataCatalog catalog;
    private final ExperimentRunner.Options options;
    private final RunArchive archive;
    private final ProvenanceRecorder provenance;
    private final Map<String, Map<String, PlannedRun>> plans = new HashMap<>();

    /** A worker training into {@code archive}, planning {@code registry}'s experiments with {@code options}. */
    public RunWorker(
            Registry registry,
            RunArchive archive,
            DataCatalog catalog,
            ProvenanceRecorder provenance,
            ExperimentRunner.Options options) {
        this.registry = registry;
        this.catalog = catalog;
        this.options = options;
        this.archive = archive;
        this.provenance = provenance;
    }

    /** Serves requests from {@code in} until it ends, writing events to {@code out}. */
    public void serve(BufferedReader in, PrintStream out) {
        RunProgress infoLines = new RunProgress() {
            @Override
            public void info(String message) {
                send(out, WorkerMessage.info(message));
            }
        };
        RunTrainer trainer = new RunTrainer(archive, catalog, provenance, infoLines, options.jobs());
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                WorkerMessage.decode(WorkerMessage.PREFIX + line)
                        .filter(m -> m.kind().equals("run"))
                        .ifPresent(m ->
                                trainOne(trainer, m.fields().get(0), m.fields().get(1), out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trainOne(RunTrainer trainer, String experiment, String runId, PrintStream out) {
        try {
            PlannedRun p = planOf(experiment).get(runId);
            if (p == null) {
                throw new IllegalStateException("run " + runId + " is not in this worker's plan of " + experiment);
            }
            RunTrainer.Result result = trainer.train(p, options.device(), events(out));
            send(out, WorkerMessage.done(result.times()));
        } catch (RuntimeException | Error e) { // one run's failure must not end the worker: report it, take the next
            send(out, WorkerMessage.failed(TrainedRun.exitCodeOf(e), TrainedRun.describe(e)));
        }
    }

    private Map<String, PlannedRun> planOf(String experiment) {
        return plans.computeIfAbsent(experiment, id -> {
            Map<String, PlannedRun> byId = new HashMap<>();
            List<String> notes = new ArrayList<>();
            RunPlanning.of(registry.select(List.of(id)), options, catalog, notes)
                    .forEach(p -> byId.put(p.runId(), p));
            return byId;
        });
    }

    private static TrainingListener events(PrintStream out) {
        return new TrainingListener() {
            private long lastBatchEvent;

            @Override
            public void epochStarted(int epoch, int epochs, int batches) {
                send(out, WorkerMessage.epoch(epoch, epochs, batches));
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss, double throughput) {
                long now = System.nanoTime();
                if (now - lastBatchEvent >= BATCH_EVENT_NANOS) {
                    lastBatchEvent = now;
                    send(out, WorkerMessage.batch(epoch, batch, loss, throughput));
                }
            }
        };
    }

    private static void send(PrintStream out, WorkerMessage message) {
        synchronized (out) {
            out.println(message.encode());
            out.flush();
        }
    }
}
