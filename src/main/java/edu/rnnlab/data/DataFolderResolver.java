package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which found file a dataset spec means: {@code dataset.file} when given (by name, anywhere below
 * the folder), otherwise the course's first choice per kind — PEMS04, then PEMS08, PEMS07, PEMS03;
 * FS_NYC.csv, then the TSMC2014 NYC text, FS_TKY.csv, the TSMC2014 TKY text; {@code timemachine.txt},
 * then the shallowest other {@code .txt}.
 */
final class DataFolderResolver {

    private static final List<String> PEMS = List.of("pems04.npz", "pems08.npz", "pems07.npz", "pems03.npz");
    private static final List<String> CHECKIN =
            List.of("fs_nyc.csv", "dataset_tsmc2014_nyc.txt", "fs_tky.csv", "dataset_tsmc2014_tky.txt");

    private static final List<String> TRANSLATION = List.of("fra-eng.zip", "fra.txt");

    private DataFolderResolver() {}

    static Path resolve(DataFolder folder, DatasetSpec spec) {
        String wanted = spec.file() == null || spec.file().isBlank()
                ? null
                : spec.file().strip();
        return switch (spec.kind()) {
            case AIRQUALITY -> folder.airQualityFolder()
                    .orElseThrow(() -> missing(folder, "the Krakow monthly CSVs (january-2017.csv ...)"));
            case PEMS -> first(folder, wanted, PEMS, "PEMS04.npz, PEMS08.npz or PEMS07.npz");
            case CHECKIN -> first(folder, wanted, CHECKIN, "FS_NYC.csv, FS_TKY.csv or dataset_TSMC2014_NYC.txt");
            case TEXT -> text(folder, wanted);
            case TRANSLATION -> first(folder, wanted, TRANSLATION, "fra-eng.zip or fra.txt (Tatoeba English-French)");
        };
    }

    private static Path first(DataFolder folder, String wanted, List<String> names, String what) {
        if (wanted != null) {
            return folder.file(wanted).orElseThrow(() -> missing(folder, wanted + " (dataset.file)"));
        }
        for (String name : names) {
            Optional<Path> p = folder.file(name);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw missing(folder, what);
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

    private static RnnlabException missing(DataFolder folder, String what) {
        return RnnlabException.badInput("No " + what + " below " + folder.root() + "; files are found by their course"
                + " names at any depth. Copy them there, or run without --data-dir to use the built-in data.");
    }
}
