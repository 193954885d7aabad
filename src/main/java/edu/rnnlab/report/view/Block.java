package edu.rnnlab.report.view;

import java.util.List;

/**
 * A sub-section: one experiment of a lab item, the course-protocol check, or a part of the
 * appendix. The template shows the parts in a fixed order (paragraphs, setup, results, charts,
 * observations, samples, code), each under its heading when {@code experiment} is true.
 *
 * @param id           anchor id
 * @param heading      sub-section heading
 * @param experiment   show the Setup / Results / Charts / Observations headings
 * @param paragraphs   explanatory text
 * @param equations    typeset equations, shown after the paragraphs
 * @param setup        the setup table, or null
 * @param tables       result tables
 * @param figures      charts
 * @param observations sentences generated from the numbers
 * @param samples      generated text (language models), shown verbatim in a preformatted box
 * @param code         commands, shown in a monospace box
 */
public record Block(
        String id,
        String heading,
        boolean experiment,
        List<String> paragraphs,
        List<Equation> equations,
        Table setup,
        List<Table> tables,
        List<Figure> figures,
        List<String> observations,
        List<String> samples,
        List<String> code) {}
