package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs named on the command line: a run folder, an experiment folder, or an experiment id in the
 * archive. Damaged runs are bad input naming the file (the strict reader decides).
 *
 * @param name what the user named, for headings
 * @param runs the runs, in archive order
 */
record RunSelection(String name, List<ArchivedRun> runs) {

    static RunSelection resolve(String argument, Path archiveRoot) {
        Path path = Path.of(argument);
        if (Files.isRegularFile(path.resolve("spec.yaml"))) {
            Path dir = path.toAbsolutePath().normalize();
            return new RunSelection(
                    dir.getFileName().toString(),
                    List.of(new RunArchive(dir.getParent().getParent()).read(dir)));
        }
        Path experiment = Files.isDirectory(path) ? path : archiveRoot.resolve(argument);
        if (Files.isDirectory(experiment)) {
            experiment = experiment.toAbsolutePath().normalize();
            String id = experiment.getFileName().toString();
            List<ArchivedRun> runs = new RunArchive(experiment.getParent()).readExperiment(id);
            if (!runs.isEmpty()) {
                return new RunSelection(id, runs);
            }
        }
        throw RnnlabException.badInput("'" + argument
                + "' is neither a run folder (with spec.yaml) nor an experiment with "
                + "archived runs under " + archiveRoot + "; pass reports/runs/<experiment>/<run-id>, an experiment id "
                + "(rnnlab list), or --reports DIR.");
    }
}
