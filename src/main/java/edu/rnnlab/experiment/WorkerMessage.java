package edu.rnnlab.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line between the invoking process and a worker process. Requests go to the worker's standard
 * input ({@code run <experiment> <run-id>}); events come back on its standard output, each line
 * starting with {@link #PREFIX} so that anything else a library prints there is ignored rather than
 * misread. Text fields (messages) are the last field and have their line breaks escaped.
 *
 * @param kind   {@code run}, {@code epoch}, {@code batch}, {@code info}, {@code done} or {@code failed}
 * @param fields the kind's fields
 */
record WorkerMessage(String kind, List<String> fields) {

    static final String PREFIX = "@@rnnlab ";

    static WorkerMessage run(String experiment, String runId) {
        return new WorkerMessage("run", List.of(experiment, runId));
    }

    static WorkerMessage epoch(int epoch, int epochs, int batches) {
        return new WorkerMessage(
                "epoch", List.of(Integer.toString(epoch), Integer.toString(epochs), Integer.toString(batches)));
    }

    static WorkerMessage batch(int epoch, int batch, double loss, double throughput) {
        return new WorkerMessage(
                "batch", List.of(Integer.toString(epoch), Integer.toString(batch), number(loss), number(throughput)));
    }

    static WorkerMessage done(RunTimes t) {
        return new WorkerMessage(
                "done",
                List.of(
                        number(t.prepareSeconds()),
                        number(t.trainSeconds()),
                        number(t.evaluateSeconds()),
                        number(t.totalSeconds())));
    }

    static WorkerMessage info(String text) {
        return new WorkerMessage("info", List.of(escape(text)));
    }

    /** A run failed; {@code exitCode} is what the command exits with for it (as {@code --jobs 1} would). */
    static WorkerMessage failed(int exitCode, String text) {
        return new WorkerMessage("failed", List.of(Integer.toString(exitCode), escape(text)));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
    }

    /** The text (last) field of an {@code info} or {@code failed} message, line breaks restored. */
    String text() {
        String escaped = fields.get(fields.size() - 1);
        StringBuilder text = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                c = escaped.charAt(++i) == 'n' ? '\n' : escaped.charAt(i);
            }
            text.append(c);
        }
        return text.toString();
    }

    int integer(int index) {
        return Integer.parseInt(fields.get(index));
    }

    double decimal(int index) {
        return Double.parseDouble(fields.get(index));
    }

    RunTimes times() {
        return new RunTimes(decimal(0), decimal(1), decimal(2), decimal(3));
    }

    /** The line to write. */
    String encode() {
        return PREFIX + kind + (fields.isEmpty() ? "" : " " + String.join(" ", fields));
    }

    /** The message on a line, or empty for a line that is not one (e.g. a library's own output). */
    static Optional<WorkerMessage> decode(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split(" ", 2);
        String kind = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        List<String> fields =
                switch (kind) {
                    case "info" -> List.of(rest);
                    case "failed" -> Arrays.asList(rest.split(" ", 2));
                    default -> rest.isEmpty() ? List.of() : Arrays.asList(rest.split(" "));
                };
        return Optional.of(new WorkerMessage(kind, fields));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
