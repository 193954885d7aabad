package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code rnnlab data inspect <dir>} reports: every course file found, with its size, sha256,
 * shape or row count, time span and gaps. A file that cannot be read is listed with the problem
 * instead of stopping the inspection, since finding such files is the point of inspecting.
 *
 * @param root    the inspected folder
 * @param entries one per file found
 * @param notes   folder-level remarks (duplicates, nothing found)
 */
public record DataFolderInspection(Path root, List<Entry> entries, List<String> notes) {

    /**
     * One inspected file.
     *
     * @param kind     pems, checkin, airquality, text
     * @param path     path relative to the folder
     * @param bytes    file size
     * @param sha256   hex digest ("" if unreadable)
     * @param shape    shape, rows or tokens, in words
     * @param timeSpan first and last time, or "-" where the file has no time
     * @param gaps     missing values, or "-"
     * @param problem  why the file cannot be used, or null when it can
     */
    public record Entry(
            String kind,
            String path,
            long bytes,
            String sha256,
            String shape,
            String timeSpan,
            String gaps,
            String problem) {}

    /** The shape, time span and gaps found by one inspector. */
    record Facts(String shape, String timeSpan, String gaps) {}

    /** A file inspector; throws {@link RnnlabException} when the file is unusable. */
    @FunctionalInterface
    interface Inspector {
        Facts inspect(Path file);
    }

    static DataFolderInspection of(DataFolder folder) {
        List<Entry> entries = new ArrayList<>();
        for (Path p : byPath(folder.pemsFiles())) {
            entries.add(entry(folder, "pems", p, InspectPems::inspect));
        }
        for (Path p : byPath(folder.checkinFiles())) {
            entries.add(entry(folder, "checkin", p, InspectCheckins::inspect));
        }
        for (Map.Entry<String, Path> e : new java.util.TreeMap<>(folder.files()).entrySet()) {
            if (e.getKey().startsWith("fra")) {
                entries.add(entry(folder, "translation", e.getValue(), InspectTranslation::inspect));
            }
        }
        folder.airQualityFolder().ifPresent(dir -> {
            for (Path month : InspectKrakow.files(dir)) {
                entries.add(entry(folder, "airquality", month, InspectKrakow::inspect));
            }
        });
        for (Path text : folder.textFiles()) {
            entries.add(entry(folder, "text", text, InspectText::inspect));
        }
        List<String> notes = new ArrayList<>(folder.notes());
        for (DatasetKind kind : List.of(DatasetKind.PEMS, DatasetKind.CHECKIN, DatasetKind.AIRQUALITY)) {
            try {
                String note = folder.choose(DatasetSpec.of(kind)).note();
                if (note != null) {
                    notes.add(kind.name().toLowerCase(Locale.ROOT) + ": " + note);
                }
            } catch (RnnlabException e) {
                // none of this kind: nothing to choose between
            }
        }
        if (entries.isEmpty()) {
            notes.add(
                    "no course file found; expected names: PEMS04.npz, FS_NYC.csv, january-2017.csv, timemachine.txt ..."
                            + " (or files with the same content under other names)");
        }
        return new DataFolderInspection(folder.root(), List.copyOf(entries), List.copyOf(notes));
    }

    private static List<Path> byPath(List<Path> paths) {
        return paths.stream().sorted().toList();
    }

    private static Entry entry(DataFolder folder, String kind, Path file, Inspector inspector) {
        String relative = folder.root().relativize(file).toString();
        long bytes = file.toFile().length();
        String sha256 = "";
        try {
            sha256 = Checksums.describe(file).sha256();
            Facts f = inspector.inspect(file);
            return new Entry(kind, relative, bytes, sha256, f.shape(), f.timeSpan(), f.gaps(), null);
        } catch (RnnlabException e) {
            return new Entry(kind, relative, bytes, sha256, "-", "-", "-", e.getMessage());
        }
    }

    /** Whether every file found can be used. */
    public boolean allUsable() {
        return entries.stream().allMatch(e -> e.problem() == null);
    }

    /** A plain-text rendering, one block per file. */
    public String toText() {
        StringBuilder b = new StringBuilder("Data folder " + root + "\n");
        for (Entry e : entries) {
            b.append(String.format(Locale.ROOT, "%n[%s] %s (%s)%n", e.kind(), e.path(), size(e.bytes())));
            if (e.problem() != null) {
                b.append("  PROBLEM: ").append(e.problem()).append('\n');
            } else {
                b.append("  shape:  ").append(e.shape()).append('\n');
                b.append("  time:   ").append(e.timeSpan()).append('\n');
                b.append("  gaps:   ").append(e.gaps()).append('\n');
            }
            b.append("  sha256: ")
                    .append(e.sha256().isEmpty() ? "-" : e.sha256())
                    .append('\n');
        }
        for (String n : notes) {
            b.append("\nnote: ").append(n).append('\n');
        }
        return b.toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < (1 << 20)
                ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
