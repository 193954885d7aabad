package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.series.AirQualityReader;
import edu.rnnlab.run.DatasetSpec;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The course's files found anywhere below a {@code --data-dir} (students unpack archives into nested
 * folders), by name — {@code PEMS03/04/07/08.npz}, {@code FS_NYC.csv}/{@code FS_TKY.csv}, the TSMC2014
 * {@code dataset_TSMC2014_NYC.txt}/{@code _TKY.txt}, the Krakow monthly CSVs ({@code january-2017.csv}
 * ...), plain {@code .txt} corpora such as {@code timemachine.txt} — and by content, so that renamed
 * copies such as {@code PEMS04_sample.npz} are found too ({@link DataFolderSniffer}: headers only).
 * Names match case-insensitively; when several files of a kind are found, {@link DataFolderResolver}
 * picks one by a fixed rule and says which and why. Hidden folders and {@code generated/} (rnnlab's
 * own built-in data) are skipped.
 */
public final class DataFolder {

    private static final Pattern PEMS = Pattern.compile("pems0\\d\\.npz");
    private static final Pattern CHECKIN = Pattern.compile("fs_(nyc|tky)\\.csv|dataset_tsmc2014_(nyc|tky)\\.txt");
    private static final Pattern NOT_A_CORPUS =
            Pattern.compile("dataset_tsmc2014_.*|readme.*|license.*|requirements.*");
    private static final Pattern BUILT_IN = Pattern.compile("(airquality|pems|checkin|translation|text)-\\d+");
    private static final Pattern TRANSLATION = Pattern.compile("fra-eng\\.zip|fra\\.txt");
    private static final int MAX_DEPTH = 6;
    private static final int MAX_ENTRIES = 200_000;

    private final Path root;
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<Path, Integer> monthFiles = new TreeMap<>();
    private final List<Path> texts = new ArrayList<>();
    private final List<Path> pems = new ArrayList<>();
    private final List<Path> checkins = new ArrayList<>();
    private final Map<String, List<Path>> byName = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    private DataFolder(Path root) {
        this.root = root;
    }

    /** Scans {@code dir} (at most {@value #MAX_DEPTH} levels deep). */
    public static DataFolder scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw RnnlabException.badInput(
                    "Data folder " + dir + (Files.exists(dir) ? " is a file, not a folder" : " does not exist")
                            + "; pass the folder holding the course's files with --data-dir.");
        }
        DataFolder folder = new DataFolder(dir.toAbsolutePath().normalize());
        folder.walk();
        return folder;
    }

    /** Follows links: students often link their course folder in rather than copy it (loops are reported). */
    private void walk() {
        int[] seen = {0};
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    String n = d.getFileName() == null ? "" : d.getFileName().toString();
                    if (!d.equals(root) && (isBuiltIn(d) || n.equals("generated"))) {
                        // '--data-dir data' must not take rnnlab's own generated data for the course's files.
                        notes.add("skipped " + root.relativize(d) + ": rnnlab's built-in data, not course files");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return !d.equals(root) && n.startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (++seen[0] > MAX_ENTRIES) {
                        notes.add("stopped after " + MAX_ENTRIES + " files; point --data-dir at a smaller folder");
                        return FileVisitResult.TERMINATE;
                    }
                    if (a.isRegularFile()) {
                        classify(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    notes.add("could not read " + root.relativize(f) + " (" + e.getMessage() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot scan " + root + " (" + e.getMessage() + ").", e);
        }
        texts.sort(byDepth());
        pems.sort(byDepth());
        checkins.sort(byDepth());
        byName.values().forEach(paths -> paths.sort(byDepth()));
    }

    /** The built-in data folder ({@code data/generated}): named so and holding a generator's output folder. */
    static boolean isBuiltIn(Path dir) {
        if (!dir.getFileName().toString().equals("generated")) {
            return false;
        }
        try (var children = Files.list(dir)) {
            return children.anyMatch(c -> Files.isDirectory(c)
                    && BUILT_IN.matcher(c.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    private void classify(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        boolean pemsName = PEMS.matcher(name).matches();
        boolean checkinName = CHECKIN.matcher(name).matches();
        if (pemsName || checkinName || TRANSLATION.matcher(name).matches() || name.equals("sensor_locations.csv")) {
            Path previous = files.get(name);
            if (previous == null || byDepth().compare(f, previous) < 0) {
                files.put(name, f);
            }
            if (previous != null) {
                notes.add(name + " found twice (" + root.relativize(previous) + ", " + root.relativize(f) + "); using "
                        + root.relativize(files.get(name)));
            }
            // A course name is taken at its word, so a damaged PEMS04.npz is listed with its problem.
            if (pemsName) {
                pems.add(f);
            } else if (checkinName) {
                checkins.add(f);
            }
            return;
        }
        if (AirQualityReader.isMonthFile(name)) {
            monthFiles.merge(f.getParent(), 1, Integer::sum);
            return;
        }
        Optional<DataFolderSniffer.Format> format = DataFolderSniffer.sniff(f);
        if (format.isPresent()) {
            switch (format.get()) {
                case PEMS -> pems.add(f);
                case CHECKIN -> checkins.add(f);
                case AIRQUALITY -> monthFiles.merge(f.getParent(), 1, Integer::sum);
            }
        } else if (name.endsWith(".txt") && !NOT_A_CORPUS.matcher(name).matches()) {
            texts.add(f);
        }
    }

    static Comparator<Path> byDepth() {
        return Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString);
    }

    /** The scanned folder. */
    public Path root() {
        return root;
    }

    /** A course file by its name (case-insensitive), e.g. {@code PEMS04.npz} or {@code FS_NYC.csv}. */
    public Optional<Path> file(String name) {
        return Optional.ofNullable(files.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every PeMS, check-in and sensor-location file found, by lower-case name. */
    public Map<String, Path> files() {
        return Map.copyOf(files);
    }

    /** The folder with the most Krakow monthly CSVs (by name or by header), if any; ties go to the first path. */
    public Optional<Path> airQualityFolder() {
        return monthFiles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Every folder holding Krakow CSVs, with how many. */
    Map<Path, Integer> airQualityFolders() {
        return Map.copyOf(monthFiles);
    }

    /** Every PeMS file found, by name or by content, shallowest first. */
    public List<Path> pemsFiles() {
        return List.copyOf(pems);
    }

    /** Every check-in file found, by name or by content, shallowest first. */
    public List<Path> checkinFiles() {
        return List.copyOf(checkins);
    }

    /**
     * A file named by {@code dataset.file}: a path relative to the folder (or absolute), or a bare name
     * matched case-insensitively at any depth (shallowest copy first).
     */
    public Optional<Path> find(String wanted) {
        if (wanted.contains("/") || wanted.contains("\\")) {
            Path p = root.resolve(wanted).normalize();
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        List<Path> paths = byName.get(wanted.toLowerCase(Locale.ROOT));
        return paths == null ? Optional.empty() : Optional.of(paths.get(0));
    }

    /** The file names below the folder that end with {@code suffix} (lower case), for error messages. */
    List<String> namesEndingWith(String suffix) {
        return byName.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix))
                .map(e -> root.relativize(e.getValue().get(0)).toString())
                .toList();
    }

    /** Plain-text corpora, shallowest first. */
    public List<Path> textFiles() {
        return List.copyOf(texts);
    }

    /** What the scan noticed: duplicates, unreadable folders. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The file (or, for air quality, the folder) a dataset spec reads; see {@link DataFolderResolver}. */
    public Path resolve(DatasetSpec spec) {
        return DataFolderResolver.resolve(this, spec).path();
    }

    /** Like {@link #resolve}, with a note saying why that file was chosen when there was a choice. */
    public Choice choose(DatasetSpec spec) {
        return DataFolderResolver.resolve(this, spec);
    }

    /**
     * The file a spec reads and why.
     *
     * @param path the file, or for air quality the folder
     * @param note which candidates there were, why this one, how to pick another; null when there was no choice
     */
    public record Choice(Path path, String note) {}

    /** A structured summary of everything found, for {@code rnnlab data inspect}. */
    public DataFolderInspection inspect() {
        return DataFolderInspection.of(this);
    }
}
