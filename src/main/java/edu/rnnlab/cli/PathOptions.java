package edu.rnnlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where things live; defaults are relative to the rnnlab folder (set by the launcher as rnnlab.home). */
final class PathOptions {

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            description = "Reports folder: the archive goes to DIR/runs, the report to DIR/lab4 "
                    + "(default: reports, or reports/course with --data-dir).")
    Path reports;

    @Option(names = "--experiments", paramLabel = "DIR", description = "Experiment registry (default: experiments).")
    Path experiments;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Folder with the course's data files, found by name (default: built-in generated data).")
    Path dataDir;

    static Path home() {
        return Path.of(System.getProperty("rnnlab.home", ".")).toAbsolutePath().normalize();
    }

    Path reportsRoot() {
        if (reports != null) {
            return reports.toAbsolutePath().normalize();
        }
        return dataDir == null
                ? home().resolve("reports")
                : home().resolve("reports").resolve("course");
    }

    Path archiveRoot() {
        return reportsRoot().resolve("runs");
    }

    Path reportDir() {
        return reportsRoot().resolve("lab4");
    }

    Path experimentsDir() {
        return experiments != null ? experiments.toAbsolutePath().normalize() : home().resolve("experiments");
    }

    Path generatedData() {
        return home().resolve("data").resolve("generated");
    }
}
