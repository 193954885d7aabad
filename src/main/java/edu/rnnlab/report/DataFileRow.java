package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file the report's runs read, listed once: the appendix shows it with a shortened checksum and
 * {@code data-files.json} beside the report holds the full one. The file is named by its folder and
 * name, never by the absolute path of the machine that ran it (the archive's provenance keeps that).
 *
 * @param dataset the run's description of its data
 * @param file    folder and file name, e.g. {@code foursquare-nyc-sample/FS_NYC_sample.csv}
 * @param bytes   file size
 * @param sha256  full SHA-256 in hex
 */
record DataFileRow(String dataset, String file, long bytes, String sha256) {

    /** Characters of the checksum the appendix prints: enough to tell files apart at a glance. */
    static final int SHORT_SHA = 12;

    /** The distinct data files of these runs, in the order first read. */
    static List<DataFileRow> of(List<ArchivedRun> runs) {
        Map<String, DataFileRow> rows = new LinkedHashMap<>();
        for (ArchivedRun r : runs) {
            if (r.provenance().data() == null) {
                continue;
            }
            for (DataFile f : r.provenance().data().files()) {
                rows.putIfAbsent(
                        f.path() + f.sha256(),
                        new DataFileRow(r.provenance().data().description(), shown(f.path()), f.bytes(), f.sha256()));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The checksum as the appendix prints it. */
    String shortSha() {
        return sha256.length() > SHORT_SHA ? sha256.substring(0, SHORT_SHA) : sha256;
    }

    /** A path shown by its folder and name only. */
    static String shown(String path) {
        String[] parts = path.replace('\\', '/').split("/");
        int n = parts.length;
        return n >= 2 && !parts[n - 2].isEmpty() ? parts[n - 2] + "/" + parts[n - 1] : parts[n - 1];
    }
}
