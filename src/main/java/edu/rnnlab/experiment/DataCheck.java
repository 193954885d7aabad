package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Before a run is repeated ({@code verify}), the data it would read now must be the data it recorded:
 * same origin (built-in or course files) and, file by file, the same sha256. Otherwise the comparison
 * would blame the model for a change of data, so this is an error naming the file.
 */
public final class DataCheck {

    private DataCheck() {}

    /** Fails with exit 2 naming the first file whose sha256 differs from {@code recorded}, or the missing one. */
    public static void require(String run, DatasetSpec dataset, DataSource recorded, DataCatalog catalog) {
        if (recorded == null) {
            return; // nothing recorded to check against
        }
        if (recorded.builtIn() != catalog.builtIn(dataset)) {
            throw RnnlabException.badInput(run + " was trained on " + recorded.description()
                    + "; pass the same --data-dir " + "(or none for built-in data) to reproduce it.");
        }
        DataSource now = catalog.load(dataset).source();
        Map<String, DataFile> current = new HashMap<>();
        now.files().forEach(f -> current.put(name(f.path()), f));
        for (DataFile file : recorded.files()) {
            DataFile found = current.get(name(file.path()));
            if (found == null) {
                throw RnnlabException.badInput(run + ": data file " + name(file.path()) + " (recorded sha256 "
                        + file.sha256() + ") is not among the files read now (" + now.description()
                        + "); pass --data-dir with the folder holding it.");
            }
            if (!found.sha256().equals(file.sha256())) {
                throw RnnlabException.badInput(run + ": data file " + found.path() + " has sha256 " + found.sha256()
                        + " but the run recorded " + file.sha256() + " for " + name(file.path())
                        + "; this is other data "
                        + "than the run was trained on. Use the original file (course data: the same copy; built-in data: "
                        + "delete data/generated so it is generated again).");
            }
        }
    }

    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }
}
