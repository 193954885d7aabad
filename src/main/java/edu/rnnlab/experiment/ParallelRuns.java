package edu.rnnlab.experiment;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.train.TrainingListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trains runs in {@code jobs} worker processes at once, each worker one run at a time on one engine
 * thread, and hands their progress to the user interface from one thread.
 *
 * <p>Why processes and not threads: two runs cannot train in one JVM. DJL's {@code PtGradientCollector}
 * is JVM-global (a static flag; a second open collector throws), and, decisive for bitwise-equal
 * results, dropout masks and initial weights come from libtorch's one global generator, which
 * {@code Engine.setRandomSeed} reseeds per run: concurrent runs in one process would draw from it in
 * an order that depends on timing. A worker process owns its generator, so a run's numbers are the
 * same whichever worker trains it and whatever runs beside it, as with {@code --jobs 1} (a test
 * compares the archives). Workers are long-lived (one engine start and one data preparation per
 * experiment per worker, not per run); the archive's atomic staging makes their concurrent writes
 * safe, and the invoking process holds the reports-folder lock for all of them.
 *
 * <p>A run that fails in a worker, or whose worker dies, is reported and the others go on; a dead
 * worker is replaced while runs remain.
 */
final class ParallelRuns {

    /** Workers in a row that may die before finishing any run before the rest are given up. */
    private static final int MAX_SILENT_DEATHS = 3;

    private final List<String> workerCommand;
    private final int jobs;
    private final RunArchive archive;
    private final RunProgress progress;
    private LabClock clock;

    /** A planned run and its position in the plan (for the progress line). */
    record Numbered(PlannedRun run, int index, int total) {}

    private record Active(Numbered run, TrainingListener listener, int[] epochShape) {}

    ParallelRuns(List<String> workerCommand, int jobs, RunArchive archive, RunProgress progress) {
        this.workerCommand = List.copyOf(workerCommand);
        this.jobs = jobs;
        this.archive = archive;
        this.progress = progress;
    }

    /** Trains every run; returns what became of each, in the order they ended. */
    List<TrainedRun> train(List<Numbered> runs, LabClock clock) {
        this.clock = clock;
        BlockingQueue<WorkerProcess.Event> events = new LinkedBlockingQueue<>();
        RunQueue waiting = new RunQueue(runs);
        Map<WorkerProcess, Active> active = new HashMap<>();
        List<TrainedRun> ended = new ArrayList<>();
        Thread killer = new Thread(() -> active.keySet().forEach(WorkerProcess::kill), "rnnlab-worker-kill");
        Runtime.getRuntime().addShutdownHook(killer); // Ctrl-C: no worker may outlive the invocation
        int silentDeaths = 0;
        try {
            for (int i = 0; i < Math.min(jobs, runs.size()); i++) {
                startWorker(waiting, active, events, ended);
            }
            while (!active.isEmpty()) {
                WorkerProcess.Event event = take(events);
                Active a = active.get(event.worker());
                if (a == null) {
                    continue; // a closed worker's end of output
                }
                WorkerMessage m = event.message();
                String kind = m == null ? "died" : m.kind();
                switch (kind) {
                    case "epoch" -> {
                        a.epochShape()[0] = m.integer(1);
                        a.epochShape()[1] = m.integer(2);
                        a.listener().epochStarted(m.integer(0), m.integer(1), m.integer(2));
                        clock.progress(a.run().run().runId(), fraction(a, m.integer(0), 0));
                    }
                    case "batch" -> {
                        a.listener().batchFinished(m.integer(0), m.integer(1), m.decimal(2), m.decimal(3));
                        clock.progress(a.run().run().runId(), fraction(a, m.integer(0), m.integer(1)));
                    }
                    case "info" -> progress.info(m.text());
                    case "done", "failed", "died" -> {
                        active.remove(event.worker());
                        a.listener().runFinished();
                        PlannedRun p = a.run().run();
                        TrainedRun result =
                                switch (kind) {
                                    case "done" -> archived(p, m.times());
                                    case "failed" -> TrainedRun.failed(p.spec(), p.runId(), m.text(), m.integer(0));
                                    default -> TrainedRun.failed(
                                            p.spec(), p.runId(), event.worker().death(), 1);
                                };
                        silentDeaths = kind.equals("died") ? silentDeaths + 1 : 0;
                        if (!result.archived()) {
                            progress.failed(p.spec(), p.runId(), result.failure());
                        }
                        ended.add(result);
                        clock.finished(p.runId());
                        if (kind.equals("died")) {
                            event.worker().kill();
                            if (silentDeaths >= MAX_SILENT_DEATHS) {
                                giveUp(waiting, ended, clock, "worker processes keep dying: " + result.failure());
                            }
                            startWorker(waiting, active, events, ended);
                        } else if (!assign(event.worker(), waiting, active)) {
                            event.worker().close();
                        }
                    }
                    default -> {}
                }
                progress.lab(clock.status());
            }
        } finally {
            active.keySet().forEach(WorkerProcess::kill);
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
        return ended;
    }

    private TrainedRun archived(PlannedRun p, RunTimes times) {
        RunSummary summary;
        try {
            summary = archive.read(archive.runDir(p.spec().experiment(), p.runId()))
                    .summary();
        } catch (RuntimeException e) { // the worker said done but the run does not read back: that run failed
            return TrainedRun.failed(p.spec(), p.runId(), TrainedRun.describe(e), TrainedRun.exitCodeOf(e));
        }
        progress.finished(p.spec(), summary);
        return new TrainedRun(p.spec(), p.runId(), summary.status(), times, null, 0);
    }

    private void startWorker(
            RunQueue waiting,
            Map<WorkerProcess, Active> active,
            BlockingQueue<WorkerProcess.Event> events,
            List<TrainedRun> ended) {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            assign(new WorkerProcess(workerCommand, events), waiting, active);
        } catch (IOException e) {
            Numbered n = waiting.next(this);
            String why = "could not start a worker process (" + e.getMessage() + ")";
            progress.failed(n.run().spec(), n.run().runId(), why);
            ended.add(TrainedRun.failed(n.run().spec(), n.run().runId(), why, 1));
        }
    }

    /** Gives the worker the next run; false when none is left. */
    private boolean assign(WorkerProcess worker, RunQueue waiting, Map<WorkerProcess, Active> active) {
        Numbered next = waiting.next(worker);
        if (next == null) {
            return false;
        }
        PlannedRun p = next.run();
        active.put(
                worker,
                new Active(next, progress.starting(p.spec(), p.runId(), next.index(), next.total()), new int[2]));
        clock.started(p.runId());
        worker.send(WorkerMessage.run(p.spec().experiment(), p.runId()));
        return true;
    }

    private void giveUp(RunQueue waiting, List<TrainedRun> ended, LabClock clock, String why) {
        for (Numbered n = waiting.next(this); n != null; n = waiting.next(this)) {
            progress.failed(n.run().spec(), n.run().runId(), why);
            ended.add(TrainedRun.failed(n.run().spec(), n.run().runId(), why, 1));
            clock.finished(n.run().runId());
        }
    }

    private static double fraction(Active a, int epoch, int batch) {
        int epochs = a.epochShape()[0];
        int batches = a.epochShape()[1];
        return epochs * batches == 0 ? 0 : ((epoch - 1.0) * batches + batch) / ((double) epochs * batches);
    }

    private static WorkerProcess.Event take(BlockingQueue<WorkerProcess.Event> events) {
        try {
            return events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while runs were training", e);
        }
    }
}
