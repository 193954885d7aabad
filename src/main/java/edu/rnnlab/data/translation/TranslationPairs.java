package edu.rnnlab.data.translation;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sentence pairs of a manythings.org/Tatoeba file, in file order: {@code fra.txt} itself or the d2l
 * {@code fra-eng.zip} holding it. Each line is {@code english TAB french}, UTF-8; a third field (the
 * attribution column of newer exports) is ignored, blank lines are skipped, and a line without a TAB is
 * an error naming the file and line. Only the first {@code limit} pairs are read: the file is sorted
 * roughly by length, and the experiments use its short beginning.
 *
 * @param pairs  the pairs read, preprocessed ({@link SentencePair#of})
 * @param source the file, its size and sha256
 */
public record TranslationPairs(List<SentencePair> pairs, DataSource source) {

    /** The text file's name, inside the zip or on its own. */
    public static final String TEXT_NAME = "fra.txt";

    /** Reads at most {@code limit} pairs (0 = all) from {@code file}, a {@code .zip} or a text file. */
    public static TranslationPairs read(Path file, int limit, boolean builtIn) {
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(file + " does not exist; pass --data-dir with the folder holding"
                    + " fra-eng.zip or fra.txt, or leave it out to use the built-in pairs.");
        }
        String name = file.getFileName().toString();
        List<SentencePair> pairs;
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry entry = textEntry(zip, file);
                    try (InputStream in = zip.getInputStream(entry)) {
                        pairs = parse(in, file + "!" + entry.getName(), limit);
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    pairs = parse(in, file.toString(), limit);
                }
            }
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
        if (pairs.isEmpty()) {
            throw RnnlabException.badInput(file + " holds no sentence pairs (lines 'english<TAB>french').");
        }
        String description = (builtIn ? "built-in " : "") + name + ", first " + pairs.size()
                + " English-French pairs (Tatoeba, CC-BY 2.0)";
        return new TranslationPairs(pairs, new DataSource(builtIn, description, List.of(Checksums.describe(file))));
    }

    private static ZipEntry textEntry(ZipFile zip, Path file) {
        return zip.stream()
                .filter(e -> !e.isDirectory())
                .filter(e -> e.getName().equals(TEXT_NAME) || e.getName().endsWith("/" + TEXT_NAME))
                .findFirst()
                .orElseThrow(() -> RnnlabException.badInput(
                        file + " has no " + TEXT_NAME + " inside; use the d2l fra-eng.zip or the unzipped fra.txt."));
    }

    /** The pairs of a UTF-8 stream; {@code where} names it in messages. */
    static List<SentencePair> parse(InputStream in, String where, int limit) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<SentencePair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            int number = 0;
            while ((line = readLine(reader, where, number + 1)) != null && (limit == 0 || pairs.size() < limit)) {
                number++;
                if (number == 1 && line.startsWith("\ufeff")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw RnnlabException.badInput(where + ", line " + number + ": expected 'english<TAB>french', got '"
                            + abbreviate(line) + "'. Use the manythings.org/anki file (fra.txt) unchanged.");
                }
                pairs.add(SentencePair.of(fields[0].strip(), fields[1].strip()));
            }
        }
        return pairs;
    }

    private static String readLine(BufferedReader reader, String where, int number) throws IOException {
        try {
            return reader.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw RnnlabException.badInput(
                    where + ", near line " + number + ": not UTF-8 (" + e.getMessage() + "); save the file as UTF-8.",
                    e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
