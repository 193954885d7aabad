package edu.rnnlab.report.view;

/**
 * A typeset equation, written by the report's code (never from data): MathML for the HTML and PDF,
 * TeX for the Markdown export (pandoc turns {@code $$...$$} into a Word equation).
 *
 * @param mathml a {@code <math display="block">} element
 * @param tex    the same equation in TeX, without the dollar signs
 */
public record Equation(String mathml, String tex) {}
