package edu.rnnlab.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts a worker process for this invocation: the same Java, class path and
 * memory settings, and every option that decides which runs are planned and how they train, with
 * paths made absolute. One place, so that a worker plans exactly what the invoking process planned.
 */
final class WorkerLaunch {

    private WorkerLaunch() {}

    static List<String> command(
            PathOptions paths, RunOptions options, EngineOptions engine, int jobs, String commandLine) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // memory and stack limits, and the engine's and launcher's properties; not agents or debuggers
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xss") || arg.startsWith("-Dai.djl.")) {
                command.add(arg);
            }
        }
        command.add("-Drnnlab.home=" + PathOptions.home());
        command.add("-Dai.djl.offline=" + System.getProperty("ai.djl.offline", "true"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(edu.rnnlab.Main.class.getName());
        command.add("worker");
        command.addAll(List.of(
                "--reports",
                paths.reportsRoot().toString(),
                "--experiments",
                paths.experimentsDir().toString()));
        if (paths.dataDir != null) {
            command.addAll(List.of(
                    "--data-dir", paths.dataDir.toAbsolutePath().normalize().toString()));
        }
        command.addAll(List.of("--profile", options.profile(), "--seed", Long.toString(options.seed)));
        if (options.seeds != null) {
            command.addAll(List.of("--seeds", Integer.toString(options.seeds)));
        }
        for (String override : options.set) { // overrides change run ids: the worker must plan with them too
            command.addAll(List.of("--set", override));
        }
        command.addAll(List.of(
                "--device",
                String.valueOf(engine.device),
                "--threads",
                Integer.toString(engine.threads),
                "--jobs",
                Integer.toString(jobs),
                "--command-line",
                commandLine));
        return command;
    }
}
