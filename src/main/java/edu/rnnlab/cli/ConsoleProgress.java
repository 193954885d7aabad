package edu.rnnlab.cli;

import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.train.TrainingListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Progress on the terminal: a live board of one line per run training now (epoch, share done, loss,
 * throughput) under a whole-invocation line (runs done of total, running, time left), redrawn in
 * place; finished runs scroll above it, one line each. Without a terminal (a pipe, a log file) there is
 * no board: the finished-run lines and, after each, the whole-invocation line. {@code --quiet}: the
 * finished-run lines only. All calls come from one thread (the runner's).
 */
final class ConsoleProgress implements RunProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 118;

    private final PrintWriter out;
    private final boolean quiet;
    private final boolean board;
    private final Map<TrainingListener, RunLine> active = new LinkedHashMap<>();
    private LabStatus lab;
    private int drawn;
    private long lastDraw;
    private int lastDoneShown = -1;

    ConsoleProgress(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
        this.board = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** What the board shows for one run. */
    private static final class RunLine {
        final String name;
        int epoch;
        int epochs;
        int batch;
        int batches;
        double loss = Double.NaN;
        double throughput;

        RunLine(String name) {
            this.name = name;
        }

        String render() {
            double share = epochs * batches == 0 ? 0 : ((epoch - 1.0) * batches + batch) / ((double) epochs * batches);
            return String.format(
                    Locale.ROOT,
                    "%s | epoch %d/%d %3.0f%% | loss %.4g | %.0f/s",
                    name,
                    epoch,
                    epochs,
                    100 * share,
                    loss,
                    throughput);
        }
    }

    @Override
    public TrainingListener starting(RunSpec spec, String runId, int index, int total) {
        RunLine line = new RunLine(String.format(
                Locale.ROOT,
                "[%d/%d] %s %s s%d",
                index,
                total,
                spec.experiment(),
                spec.model().label(),
                spec.seed()));
        TrainingListener listener = new TrainingListener() {
            @Override
            public void epochStarted(int epoch, int epochs, int batches) {
                line.epoch = epoch;
                line.epochs = epochs;
                line.batches = batches;
                line.batch = 0;
                redraw(false);
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss, double throughput) {
                line.batch = batch;
                line.loss = loss;
                line.throughput = throughput;
                redraw(false);
            }

            @Override
            public void runFinished() {
                active.remove(this);
                redraw(true);
            }
        };
        active.put(listener, line);
        redraw(true);
        return listener;
    }

    @Override
    public void skipped(RunSpec spec, String runId, int index, int total) {
        line(String.format(
                Locale.ROOT,
                "[%d/%d] %s %s s%d: already archived (%s), skipped",
                index,
                total,
                spec.experiment(),
                spec.model().label(),
                spec.seed(),
                runId));
    }

    @Override
    public void finished(RunSpec spec, RunSummary s) {
        String headline = s.test().entrySet().stream()
                .filter(e -> !e.getKey().equals(Metric.LOSS.key()))
                .findFirst()
                .map(e -> String.format(Locale.ROOT, "test %s %.4g", e.getKey(), e.getValue()))
                .orElse("no test score");
        String status =
                s.status() == RunStatus.COMPLETED ? "done" : s.status().name().toLowerCase(Locale.ROOT);
        line(String.format(
                Locale.ROOT,
                "  %s %s s%d: %s, %s (epoch %d), %.0f %s/s, %.2f s/epoch",
                spec.experiment(),
                spec.model().label(),
                spec.seed(),
                status,
                headline,
                s.selectedEpoch(),
                s.throughput(),
                s.throughputUnit(),
                s.secondsPerEpoch()));
        if (s.status() != RunStatus.COMPLETED) {
            line("  " + s.message());
        }
    }

    @Override
    public void failed(RunSpec spec, String runId, String message) {
        line(String.format(
                Locale.ROOT,
                "  %s %s s%d: FAILED (%s), the other runs go on: %s",
                spec.experiment(),
                spec.model().label(),
                spec.seed(),
                runId,
                message));
    }

    @Override
    public void info(String message) {
        line(message);
    }

    @Override
    public void lab(LabStatus status) {
        lab = status;
        if (board) {
            redraw(false);
        } else if (!quiet && status.done() != lastDoneShown && status.done() > 0) {
            lastDoneShown = status.done();
            out.println(labLine());
            out.flush();
        }
    }

    private String labLine() {
        String eta = Double.isNaN(lab.etaSeconds())
                ? "estimating time left"
                : "about " + duration(lab.etaSeconds()) + " left";
        return String.format(
                Locale.ROOT, "lab: %d/%d runs done, %d running, %s", lab.done(), lab.total(), lab.running(), eta);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }

    /** A line above the board. */
    private void line(String text) {
        erase();
        out.println(text);
        redraw(true);
    }

    private void redraw(boolean force) {
        if (!board) {
            out.flush();
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        erase();
        List<String> lines = new ArrayList<>();
        active.values().forEach(l -> lines.add(l.render()));
        if (lab != null) {
            lines.add(labLine());
        }
        for (String l : lines) {
            out.println(l.length() > WIDTH ? l.substring(0, WIDTH) : l);
        }
        drawn = lines.size();
        out.flush();
    }

    /** Removes the board (cursor up over its lines, clear to the end of the screen). */
    private void erase() {
        if (board && drawn > 0) {
            out.print("\033[" + drawn + "F\033[J");
            drawn = 0;
        }
    }
}
