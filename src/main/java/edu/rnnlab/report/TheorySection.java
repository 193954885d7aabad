package edu.rnnlab.report;

import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Equation;
import edu.rnnlab.report.view.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "theory and implementation" section: the cell equations in the course's notation (typeset from
 * {@code templates/theory/NAME.mml} and {@code .tex}, written once each), why gates help against
 * vanishing gradients, and the per-step loop of each hand-written cell quoted from its source
 * ({@link SourceExcerpt}), with why hand-written and library cells give the same numbers.
 */
final class TheorySection {

    private TheorySection() {}

    static Section of(Messages m) {
        List<Block> blocks = List.of(
                block(
                        "theory-rnn",
                        m.get("theory.rnn.heading"),
                        List.of(m.get("theory.rnn.text")),
                        equations("rnn"),
                        SourceExcerpt.of("RnnCell.java", "step")),
                block(
                        "theory-gru",
                        m.get("theory.gru.heading"),
                        List.of(m.get("theory.gru.text"), m.get("theory.gru.code")),
                        equations("gru", "gru-textbook", "gru-reset-after"),
                        gruLoops()),
                block(
                        "theory-lstm",
                        m.get("theory.lstm.heading"),
                        List.of(m.get("theory.lstm.text")),
                        equations("lstm"),
                        SourceExcerpt.of("LstmCell.java", "step")),
                block(
                        "theory-gating",
                        m.get("theory.gating.heading"),
                        List.of(m.get("theory.gating.text")),
                        equations("rnn-gradient"),
                        List.of()),
                block(
                        "theory-equal",
                        m.get("theory.equal.heading"),
                        List.of(m.get("theory.equal.text")),
                        List.of(),
                        List.of()));
        return new Section("theory", m.get("theory.title"), m.get("theory.intro"), "", List.of(), List.of(), blocks);
    }

    /** Both GRU loops in one box, reset-after (the library's form) first, a blank line between. */
    private static List<String> gruLoops() {
        List<String> code = new ArrayList<>(SourceExcerpt.of("GruCell.java", "step"));
        code.add("");
        code.addAll(SourceExcerpt.of("GruCell.java", "step-textbook"));
        return code;
    }

    private static Block block(
            String id, String heading, List<String> paragraphs, List<Equation> equations, List<String> code) {
        return new Block(
                id, heading, false, paragraphs, equations, null, List.of(), List.of(), List.of(), List.of(), code);
    }

    private static List<Equation> equations(String... names) {
        List<Equation> out = new ArrayList<>();
        for (String name : names) {
            out.add(new Equation(
                    resource(name + ".mml").strip(), resource(name + ".tex").strip()));
        }
        return List.copyOf(out);
    }

    private static String resource(String file) {
        String path = "/templates/theory/" + file;
        try (InputStream in = TheorySection.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar; rebuild rnnlab.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
