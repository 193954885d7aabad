package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese report is Chinese throughout: every Latin-letter word of its visible text and of its
 * charts is a name, a unit or a metric abbreviation on {@link #ALLOWED}, or data (file names, run ids,
 * hashes, what the archive recorded about the machine, generated text), or inside code and math.
 */
class ChineseOnlyTest {

    /** Names (models, libraries, optimisers, data sets, people), units, metric and statistics symbols. */
    private static final Set<String> ALLOWED = Set.of(
            // models, libraries, tools, file formats
            "RNN",
            "GRU",
            "LSTM",
            "DJL",
            "PyTorch",
            "JDK",
            "JVM",
            "CPU",
            "GPU",
            "ID",
            "git",
            "rnnlab",
            "CSV",
            "commons-statistics",
            "Elman",
            "Welch",
            "Markov",
            // optimisers
            "Adam",
            "SGD",
            // data sets and their sources
            "PeMS",
            "PEMS",
            "Krakow",
            "Foursquare",
            "Tatoeba",
            "CC-BY",
            "TSMC",
            "H",
            "G",
            // metrics and statistics
            "RMSE",
            "MAE",
            "MAPE",
            "BLEU",
            "Acc",
            "MRR",
            "F",
            "p",
            "t",
            "k",
            "n",
            "NaN",
            "SHA",
            // units (°C is split into °, C)
            "s",
            "ms",
            "h",
            "min",
            "C",
            "hPa",
            "PM",
            // the cells' symbols where the theory text names them in prose (zₜ, W_ih): math, not English
            "z",
            "r",
            "W",
            "x",
            "b",
            "f",
            "i",
            "o",
            "c",
            "T",
            "g",
            "tanh",
            "sigmoid",
            "diag",
            "addmm",
            "cuDNN",
            // tokens of the models' vocabularies
            "eos",
            "unk",
            "pad",
            "bos");

    /** A run of Latin letters, digits and the marks that hold names, ids and file names together. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-/@'#+]*");

    private static final Pattern FILE_NAME =
            Pattern.compile(".+\\.(csv|txt|json|npz|yaml|yml|zip|png|svg|pdf|html|md|java)", Pattern.CASE_INSENSITIVE);

    /** "./rnnlab run course-example": the tool, a subcommand and its argument. */
    private static final Pattern COMMAND = Pattern.compile("\\./rnnlab( [a-z][a-z-]*)*");

    /** A checksum or commit, shortened or whole. */
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{8,}");

    @TempDir
    Path tmp;

    @Test
    void everyEnglishWordIsANameUnitOrData() throws IOException {
        RunArchive archive = LabFixture.write(tmp.resolve("runs"));
        // The fixture's failure messages are of no shape the training loop writes: shown as recorded.
        List<String> recorded = new ArrayList<>();
        archive.readAll().forEach(r -> recorded.add(r.summary().message()));
        addDisplayedTerms(archive);
        var options = new ReportOptions("zh", true, false, false, null, null, null, null, List.of());
        // A plan that left one archived run out and names one never run: both notes are said in Chinese.
        Set<String> planned = new java.util.TreeSet<>();
        archive.readAll().forEach(r -> planned.add(r.summary().runId()));
        planned.remove(planned.iterator().next());
        planned.add("rnn-scratch-h32-000000000000-s9");
        new ReportBuilder(archive, options, planned).build(tmp.resolve("zh"));

        Document doc = Jsoup.parse(Files.readString(tmp.resolve("zh/index.html")));
        doc.select("head, script, style, math, pre.code, pre.sample").remove();
        List<String> texts = new ArrayList<>(List.of(doc.body().text()));
        try (Stream<Path> charts = Files.list(tmp.resolve("zh/charts"))) {
            for (Path svg :
                    charts.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                Document chart = Jsoup.parse(Files.readString(svg), "", Parser.xmlParser());
                chart.select("text").forEach(t -> texts.add(t.text()));
            }
        }
        List<String> data = dataStrings(archive, recorded);
        TreeMap<String, String> leaks = new TreeMap<>();
        for (String text : texts) {
            String scanned = withoutData(text, data);
            Matcher token = TOKEN.matcher(scanned);
            while (token.find()) {
                String word = token.group().replaceAll("[.\\-'/]+$", "");
                if (!allowed(word, scanned, token.start())) {
                    leaks.putIfAbsent(word, context(scanned, token.start()));
                }
            }
        }
        StringBuilder listing = new StringBuilder();
        leaks.forEach(
                (w, c) -> listing.append("\n  ").append(w).append("  in: ").append(c));
        assertTrue(leaks.isEmpty(), leaks.size() + " English words in the Chinese report:" + listing);
    }

    /** Runs whose recorded words the report must translate: labels, baselines, sweeps, data descriptions. */
    private static void addDisplayedTerms(RunArchive archive) {
        FakeArchive fake = new FakeArchive(archive);
        DataSource pems = new DataSource(
                true,
                "built-in generated PEMS04.npz, flow of 10 of 20 sensors, 8064 five-minute steps"
                        + " (start 2018-01-01T00:00 assumed; the file has no timestamps)",
                List.of(new DataFile("data/generated/PEMS04.npz", 9_999, "ef".repeat(32))));
        for (int layers = 1; layers <= 2; layers++) {
            FakeArchive.Run r = fake.run("stacked", 0);
            r.title = "Stacked and bidirectional";
            r.model =
                    new ModelSpec(CellType.LSTM, Implementation.SCRATCH, 32, layers, true, 0.1, null, null, null, null);
            r.dataset = DatasetSpec.of(DatasetKind.PEMS);
            r.data = pems;
            r.sweep = Map.of("layers", layers, "bidirectional", true);
            r.test = FakeArchive.regression(24.0 + layers);
            r.baselines = Map.of(
                    "persistence (last value)", FakeArchive.regression(31.0),
                    "seasonal naive (same time yesterday)", FakeArchive.regression(35.0));
            r.write();
        }
        for (List<String> inputs : List.of(List.<String>of(), List.of("humidity", "pressure"))) {
            FakeArchive.Run r = fake.run("horizon", 3).model(CellType.GRU, Implementation.LIBRARY);
            r.title = "Extra inputs";
            r.sweep = Map.of("inputs", inputs);
            r.test = FakeArchive.regression(1.1 - 0.05 * inputs.size());
            r.baselines = Map.of("persistence (last value)", FakeArchive.regression(1.3));
            r.write();
        }
        FakeArchive.Run text = fake.run("textbook-lm", 0).model(CellType.RNN, Implementation.SCRATCH);
        text.title = "Textbook language model";
        text.dataset = DatasetSpec.of(DatasetKind.TEXT);
        text.data = new DataSource(
                true,
                "built-in timemachine.txt (H. G. Wells, The Time Machine, Project Gutenberg #35, shipped with rnnlab),"
                        + " char tokens",
                List.of(new DataFile("data/generated/timemachine.txt", 178_000, "12".repeat(32))));
        text.selection = "lowest test perplexity (no validation split, as in the teacher's notebook and the textbook:"
                + " optimistic)";
        text.test = Map.of("perplexity", 4.2);
        text.baselines = Map.of("unigram", Map.of("perplexity", 17.0), "bigram (add-one)", Map.of("perplexity", 9.5));
        text.write();
        FakeArchive.Run diverged = fake.run("textbook-lm", 0).model(CellType.GRU, Implementation.SCRATCH);
        diverged.title = text.title;
        diverged.dataset = text.dataset;
        diverged.data = text.data;
        diverged.status = edu.rnnlab.run.RunStatus.DIVERGED;
        diverged.message = "The training loss became NaN or infinite in epoch 3 (optimizer sgd, lr 1.0, clip null)."
                + " Try a learning rate 10x smaller, gradient clipping (train.clip: 1.0), or a smaller hidden size.";
        diverged.write();
    }

    /**
     * What the archive holds as data, shown as recorded: ids, file names, the machine, generated text,
     * the experiment files' own titles, and the fixture's test baseline name.
     */
    private static List<String> dataStrings(RunArchive archive, List<String> recorded) {
        List<String> data = new ArrayList<>(recorded);
        data.add(LabFixture.NASTY);
        for (ArchivedRun r : archive.readAll()) {
            data.add(r.summary().runId());
            data.add(r.spec().experiment());
            r.spec().title().values().forEach(data::add);
            Provenance p = r.provenance();
            data.addAll(List.of(p.specHash(), p.cpu(), p.jvm(), p.os(), p.device(), p.engine(), p.commandLine()));
            // Data files by name and folder, as the data description and the appendix show them.
            p.data()
                    .files()
                    .forEach(f -> data.addAll(
                            List.of(Path.of(f.path()).getParent().getFileName().toString())));
            // Generated text and sample translations are the models' output; data counts must be translated.
            r.summary().extras().forEach((key, v) -> {
                if (key.equals("generated") || key.equals(TranslationSamples.EXTRA)) {
                    data.addAll(List.of(v.split("[\\t\\n]")));
                }
            });
        }
        data.removeIf(s -> s == null || s.isBlank());
        data.sort(Comparator.comparingInt(String::length).reversed());
        return data;
    }

    private static String withoutData(String text, List<String> data) {
        // Commands the reader types are code, also where a sentence quotes them.
        String out = COMMAND.matcher(text).replaceAll(" ");
        for (String d : data) {
            out = out.replace(d, " ");
        }
        return out;
    }

    private static boolean allowed(String word, String text, int at) {
        if (word.isEmpty() || ALLOWED.contains(word)) {
            return true;
        }
        boolean option = at >= 2 && text.startsWith("--", at - 2);
        // A run-id pattern of the appendix ("RNNscratch-s*": the star stands for the seed) is data.
        boolean idPattern = text.startsWith("*", at + word.length());
        // Code identifiers quoted in prose (bias_ih, gru_form) and test classes cited as proof are code.
        boolean code = word.contains("_") || word.endsWith("Test") || word.contains("/");
        if (option
                || idPattern
                || code
                || word.matches(".*\\d.*")
                || HEX.matcher(word).matches()
                || FILE_NAME.matcher(word).matches()) {
            return true; // a command-line option, a number, an id, a hash, or a file name
        }
        return Stream.of(word.split("[^A-Za-z]+")).allMatch(w -> w.isEmpty() || ALLOWED.contains(w));
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60))
                .replaceAll("\\s+", " ");
    }
}
