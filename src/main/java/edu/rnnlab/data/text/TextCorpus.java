package edu.rnnlab.data.text;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.vocab.Vocabulary;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.Tokens;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text as a token-index stream, prepared as the textbook does: each line has every run of
 * characters other than A-Z/a-z replaced by one space, is stripped and lower-cased; character tokens
 * are the lines joined without a separator (d2l's {@code load_corpus_time_machine}), word tokens the
 * lines' space-separated words. Letters outside A-Z (é, Chinese) become spaces, exactly as in d2l.
 * {@link #load} and {@link #of} build the vocabulary over the whole text, as the book does, so its
 * published sizes reproduce (The Time Machine: 170,580 characters, 28 tokens; 32,775 words, 4,580
 * tokens); a held-out protocol refits it on the training part with {@link #fittedOnFirst}.
 *
 * @param name       the file name without extension, e.g. {@code timemachine}
 * @param tokens     character or word tokens
 * @param vocabulary the token indices
 * @param ids        the whole text as indices
 * @param source     the file, its size and sha256
 */
public record TextCorpus(String name, Tokens tokens, Vocabulary vocabulary, int[] ids, DataSource source) {

    /** Train, validation and test parts of the stream, in text order. */
    public record Splits(int[] train, int[] val, int[] test) {}

    /** Reads a UTF-8 text file; any byte sequence that is not UTF-8 is an error naming its offset. */
    public static TextCorpus load(Path file, Tokens tokens, boolean builtIn) {
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(
                    file + " does not exist; put a UTF-8 text there or run" + " 'rnnlab data fetch timemachine'.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
        if (bytes.length == 0) {
            throw RnnlabException.badInput(file + " is empty; a language model needs a text to learn from.");
        }
        String text = decodeStrict(bytes, file);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String description =
                (builtIn ? "built-in " + file.getFileName() + " (" + BundledText.TITLE + ")" : file.getFileName())
                        + ", " + tokens.name().toLowerCase(Locale.ROOT) + " tokens";
        TextCorpus corpus =
                of(name, text, tokens, new DataSource(builtIn, description, List.of(Checksums.describe(file))));
        if (corpus.ids().length < 2) {
            throw RnnlabException.badInput(file + " has no letters A-Z after normalisation (" + corpus.ids().length
                    + " tokens); use an English text, e.g. 'rnnlab data fetch timemachine'.");
        }
        return corpus;
    }

    /** A corpus of an in-memory text (tests, generated text). */
    public static TextCorpus of(String name, String text, Tokens tokens, DataSource source) {
        return encoded(name, tokenize(text, tokens), tokens, -1, source);
    }

    /**
     * The same tokens with the vocabulary fitted on the first {@code count} of them only (the training
     * part of a chronological split), so nothing about the held-out text leaks into the model's inputs:
     * a token first seen after the training part becomes {@code <unk>}.
     */
    public TextCorpus fittedOnFirst(int count) {
        List<String> sequence = new ArrayList<>(ids.length);
        for (int id : ids) {
            sequence.add(vocabulary.key(id));
        }
        return encoded(name, sequence, tokens, count, source);
    }

    private static TextCorpus encoded(
            String name, List<String> sequence, Tokens tokens, int fitCount, DataSource source) {
        List<String> fitted = fitCount < 0 ? sequence : sequence.subList(0, Math.min(fitCount, sequence.size()));
        Map<String, Long> frequency = new LinkedHashMap<>(); // first appearance breaks ties, as d2l's Vocab
        fitted.forEach(t -> frequency.merge(t, 1L, Long::sum));
        Vocabulary vocabulary = Vocabulary.fit(frequency, 1, "<unk>");
        int[] ids = new int[sequence.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.index(sequence.get(i));
        }
        return new TextCorpus(name, tokens, vocabulary, ids, source);
    }

    /** The textbook's tokens of a text. */
    public static List<String> tokenize(String text, Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String clean = line.replaceAll("[^A-Za-z]+", " ").strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (tokens == Tokens.CHAR) {
                clean.chars().forEach(c -> out.add(String.valueOf((char) c)));
            } else {
                out.addAll(List.of(clean.split(" ")));
            }
        }
        return out;
    }

    /** How many tokens the training part of a chronological split holds. */
    public int trainTokens(double trainFraction) {
        return (int) (ids.length * trainFraction);
    }

    /** Chronological split: the first {@code trainFraction} of tokens, then {@code valFraction}, then the rest. */
    public Splits split(double trainFraction, double valFraction) {
        if (!(trainFraction > 0 && valFraction >= 0 && trainFraction + valFraction < 1)) {
            throw RnnlabException.badInput("dataset.train_fraction (" + trainFraction + ") and val_fraction ("
                    + valFraction + ") must be positive and add up to less than 1.");
        }
        int a = trainTokens(trainFraction);
        int b = (int) (ids.length * (trainFraction + valFraction));
        return new Splits(
                java.util.Arrays.copyOfRange(ids, 0, a),
                java.util.Arrays.copyOfRange(ids, a, b),
                java.util.Arrays.copyOfRange(ids, b, ids.length));
    }

    /**
     * The corpus cut to its first {@code count} tokens (all when 0 or more than there are), as d2l's
     * {@code load_corpus_time_machine(max_tokens)}: the vocabulary stays the one built over the whole
     * text, so the model's input and output sizes do not change.
     */
    public TextCorpus first(int count) {
        if (count <= 0 || count >= ids.length) {
            return this;
        }
        return new TextCorpus(name, tokens, vocabulary, java.util.Arrays.copyOf(ids, count), source);
    }

    /** Indices of a text (unknown tokens map to {@code <unk>}), e.g. a generation prefix. */
    public int[] encode(String text) {
        return tokenize(text, tokens).stream().mapToInt(vocabulary::index).toArray();
    }

    /** Text of indices: characters joined directly, words with spaces. */
    public String decode(int[] indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            if (tokens == Tokens.WORD && b.length() > 0) {
                b.append(' ');
            }
            b.append(vocabulary.key(i));
        }
        return b.toString();
    }

    private static String decodeStrict(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw RnnlabException.badInput(file + " is not UTF-8: byte offset " + offset + " (line " + line
                    + ") holds 0x" + String.format("%02X", bytes[offset] & 0xFF)
                    + "; convert it, e.g. iconv -f latin1 -t utf-8.");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
