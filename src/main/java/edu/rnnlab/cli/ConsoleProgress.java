package edu.rnnlab.cli;

import edu.rnnlab.metric.Metric;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.RunSummary;
import edu.rnnlab.experiment.RunProgress;
import edu.rnnlab.train.TrainingListener;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on the terminal: a bar per run (epoch, batch, loss, throughput, ETA) and one line per finished run. */
final class ConsoleProgress implements RunProgress {

    private final PrintWriter out;
    private final boolean bars;

    ConsoleProgress(PrintWriter out, boolean quiet) {
        this.out = out;
        this.bars = !quiet;
    }

    @Override
    public TrainingListener starting(RunSpec spec, String runId, int index, int total) {
        String name = String.format(Locale.ROOT, "[%d/%d] %s %s s%d", index, total, spec.experiment(),
                spec.model().label(), spec.seed());
        if (!bars) {
            return new TrainingListener() {};
        }
        return new TrainingListener() {
            private ProgressBar bar;
            private double lastLoss;

            @Override
            public void epochStarted(int epoch, int epochs, int batches) {
                if (bar == null) {
                    bar = new ProgressBarBuilder().setTaskName(name).setInitialMax((long) epochs * batches)
                            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setMaxRenderedLength(120)
                            .continuousUpdate().build();
                }
                bar.setExtraMessage(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs));
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss, double throughput) {
                lastLoss = loss;
                bar.step();
                if (batch % 20 == 0) {
                    bar.setExtraMessage(String.format(Locale.ROOT, "ep %d loss %.4g %.0f/s", epoch, lastLoss, throughput));
                }
            }

            @Override
            public void runFinished() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }

    @Override
    public void skipped(RunSpec spec, String runId, int index, int total) {
        out.printf(Locale.ROOT, "[%d/%d] %s %s s%d: already archived (%s), skipped%n", index, total, spec.experiment(),
                spec.model().label(), spec.seed(), runId);
        out.flush();
    }

    @Override
    public void finished(RunSpec spec, RunSummary s) {
        String headline = s.test().entrySet().stream().filter(e -> !e.getKey().equals(Metric.LOSS.key())).findFirst()
                .map(e -> String.format(Locale.ROOT, "test %s %.4g", e.getKey(), e.getValue())).orElse("no test score");
        String status = s.status() == RunStatus.COMPLETED ? "done" : s.status().name().toLowerCase(Locale.ROOT);
        out.printf(Locale.ROOT, "  %s s%d: %s, %s (epoch %d), %.0f %s/s, %.2f s/epoch%n", spec.model().label(),
                spec.seed(), status, headline, s.selectedEpoch(), s.throughput(), s.throughputUnit(), s.secondsPerEpoch());
        if (s.status() != RunStatus.COMPLETED) {
            out.println("  " + s.message());
        }
        out.flush();
    }

    @Override
    public void info(String message) {
        out.println(message);
        out.flush();
    }
}
