package edu.rnnlab.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker process seen from the invoking process: requests go to its standard input, and a reader
 * thread turns its standard output into {@link Event}s on a queue shared by all workers, so that one
 * thread handles every event in order. Its standard error (native library warnings, a crash's last
 * words) is kept, last lines only, to explain a death.
 */
final class WorkerProcess implements AutoCloseable {

    /** A message from a worker; {@code message} is null when the worker's output ended (it exited or died). */
    record Event(WorkerProcess worker, WorkerMessage message) {}

    private static final int ERROR_LINES = 12;

    private final Process process;
    private final PrintWriter requests;
    private final Deque<String> errorTail = new ArrayDeque<>();

    /** Starts {@code command} and reads its events into {@code events}. */
    WorkerProcess(List<String> command, BlockingQueue<Event> events) throws IOException {
        this.process = new ProcessBuilder(command).start();
        this.requests = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        daemon("rnnlab-worker-out", () -> {
            try (BufferedReader out = reader(process.getInputStream())) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    WorkerMessage.decode(line).ifPresent(m -> events.add(new Event(this, m)));
                }
            } catch (IOException e) {
                // the process is gone; the end-of-output event below says so
            }
            events.add(new Event(this, null));
        });
        daemon("rnnlab-worker-err", () -> {
            try (BufferedReader err = reader(process.getErrorStream())) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    synchronized (errorTail) {
                        errorTail.addLast(line);
                        if (errorTail.size() > ERROR_LINES) {
                            errorTail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // nothing more to keep
            }
        });
    }

    /** Sends a request. */
    void send(WorkerMessage request) {
        requests.println(request.encode().substring(WorkerMessage.PREFIX.length()));
    }

    /** Why the worker ended: its exit code and the last lines of its standard error. */
    String death() {
        String code;
        try {
            code = process.waitFor(10, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = "interrupted";
        }
        synchronized (errorTail) {
            return "its worker process ended (" + code + ")"
                    + (errorTail.isEmpty() ? "" : "; last error output:\n  " + String.join("\n  ", errorTail));
        }
    }

    /** Ends the worker: no more requests, so it exits; forced after a grace period. */
    @Override
    public void close() {
        requests.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Ends the worker at once (the invoking process is being interrupted). */
    void kill() {
        process.destroyForcibly();
    }

    private static BufferedReader reader(java.io.InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
