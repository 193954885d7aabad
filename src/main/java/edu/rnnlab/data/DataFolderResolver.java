package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which found file a dataset spec means: {@code dataset.file} when given (a name anywhere below the
 * folder, or a path relative to it), otherwise one of the files found for the kind, chosen by a fixed
 * rule so that the same folder always gives the same data: the course's preference first (PEMS04, then
 * PEMS08, PEMS07, PEMS03; FS_NYC.csv, then the TSMC2014 NYC text, FS_TKY.csv, the TSMC2014 TKY text),
 * judged by the name containing that stem ({@code PEMS04_sample.npz} counts as PEMS04); then the exact
 * course name before a renamed copy; then the shallowest; then the path. Text: {@code timemachine.txt},
 * then the shallowest other {@code .txt}. The generic {@code csv} kind always needs {@code dataset.file}.
 */
final class DataFolderResolver {

    private static final List<String> PEMS = List.of("pems04", "pems08", "pems07", "pems03");
    private static final List<String> CHECKIN = List.of("fs_nyc", "tsmc2014_nyc", "fs_tky", "tsmc2014_tky");

    private static final List<String> TRANSLATION = List.of("fra-eng.zip", "fra.txt");

    private DataFolderResolver() {}

    static DataFolder.Choice resolve(DataFolder folder, DatasetSpec spec) {
        String wanted = spec.file() == null || spec.file().isBlank()
                ? null
                : spec.file().strip();
        return switch (spec.kind()) {
            case AIRQUALITY -> airQuality(folder);
            case PEMS -> wanted != null
                    ? named(folder, wanted)
                    : best(folder, folder.pemsFiles(), PEMS, "PeMS", "PEMS04.npz, PEMS08.npz or PEMS07.npz");
            case CHECKIN -> wanted != null
                    ? named(folder, wanted)
                    : best(
                            folder,
                            folder.checkinFiles(),
                            CHECKIN,
                            "check-in",
                            "FS_NYC.csv, FS_TKY.csv or dataset_TSMC2014_NYC.txt");
            case TEXT -> new DataFolder.Choice(text(folder, wanted), null);
            case CSV -> csv(folder, wanted);
            case TRANSLATION -> new DataFolder.Choice(
                    first(folder, wanted, TRANSLATION, "fra-eng.zip or fra.txt (Tatoeba English-French)"), null);
        };
    }

    private static Path first(DataFolder folder, String wanted, List<String> names, String what) {
        if (wanted != null) {
            return folder.find(wanted).orElseThrow(() -> missing(folder, wanted + " (dataset.file)"));
        }
        for (String name : names) {
            Optional<Path> p = folder.file(name);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw missing(folder, what);
    }

    private static DataFolder.Choice named(DataFolder folder, String wanted) {
        return new DataFolder.Choice(
                folder.find(wanted).orElseThrow(() -> missing(folder, wanted + " (dataset.file)")), null);
    }

    private static DataFolder.Choice csv(DataFolder folder, String wanted) {
        if (wanted == null) {
            throw RnnlabException.badInput("dataset.kind csv needs dataset.file, the CSV to read (a name below "
                    + folder.root() + " or a path relative to it); CSV files there: "
                    + shortList(folder.namesEndingWith(".csv")) + ".");
        }
        return named(folder, wanted);
    }

    private static DataFolder.Choice best(
            DataFolder folder, List<Path> found, List<String> stems, String what, String expected) {
        if (found.isEmpty()) {
            throw missing(folder, what + " file (" + expected + ", or a renamed copy)");
        }
        Comparator<Path> order = Comparator.<Path>comparingInt(p -> stem(p, stems))
                .thenComparing(p -> exact(p, stems) ? 0 : 1)
                .thenComparing(DataFolder.byDepth());
        List<Path> ranked = found.stream().sorted(order).toList();
        Path chosen = ranked.get(0);
        String relative = folder.root().relativize(chosen).toString();
        if (ranked.size() == 1) {
            return new DataFolder.Choice(
                    chosen,
                    exact(chosen, stems)
                            ? null
                            : "used " + relative + " as the " + what + " file (recognised by its"
                                    + " content, not its name)");
        }
        String others = ranked.stream()
                .skip(1)
                .map(p -> folder.root().relativize(p).toString())
                .collect(Collectors.joining(", "));
        int s = stem(chosen, stems);
        String why = s < stems.size()
                ? "its name holds " + stems.get(s).toUpperCase(Locale.ROOT) + ", the course's first choice among them"
                : "none is named like a course file, so the shallowest, then first by path, is taken";
        return new DataFolder.Choice(
                chosen,
                ranked.size() + " " + what + " files found; used " + relative + " (" + why + "); the others: " + others
                        + ". Pick another with dataset.file (a name or a path below the data folder).");
    }

    private static int stem(Path p, List<String> stems) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < stems.size(); i++) {
            if (name.contains(stems.get(i))) {
                return i;
            }
        }
        return stems.size();
    }

    private static boolean exact(Path p, List<String> stems) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.replaceFirst("\\.[^.]*$", "").replaceFirst("^dataset_", "");
        return stems.contains(base);
    }

    private static DataFolder.Choice airQuality(DataFolder folder) {
        Path dir = folder.airQualityFolder()
                .orElseThrow(() -> missing(folder, "the Krakow monthly CSVs (january-2017.csv ...)"));
        Map<Path, Integer> all = folder.airQualityFolders();
        if (all.size() < 2) {
            return new DataFolder.Choice(dir, null);
        }
        return new DataFolder.Choice(
                dir,
                all.size() + " folders hold Krakow CSVs; used " + folder.root().relativize(dir) + " (the most files, "
                        + all.get(dir) + "); move the others out of the data folder to use them.");
    }

    private static Path text(DataFolder folder, String wanted) {
        List<Path> texts = folder.textFiles();
        String name = wanted == null ? "timemachine.txt" : wanted.toLowerCase(Locale.ROOT);
        for (Path p : texts) {
            if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)) {
                return p;
            }
        }
        if (wanted == null && !texts.isEmpty()) {
            return texts.get(0);
        }
        throw missing(
                folder,
                wanted == null
                        ? "a .txt corpus (e.g. run 'rnnlab data fetch timemachine')"
                        : wanted + " (dataset.file)");
    }

    private static String shortList(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        return names.size() <= 8
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, 8)) + " and " + (names.size() - 8) + " more";
    }

    private static RnnlabException missing(DataFolder folder, String what) {
        return RnnlabException.badInput("No " + what + " below " + folder.root() + "; files are found by their course"
                + " names or content at any depth. Copy them there, or run without --data-dir to use the built-in"
                + " data.");
    }
}
