package edu.rnnlab.report.view;

/**
 * A numbered chart.
 *
 * @param id      anchor id, unique in the report
 * @param caption "Figure 2. ..." (numbered by the builder)
 * @param svg     the chart as an SVG {@code data:} URI for the self-contained HTML, or empty
 * @param png     the chart's PNG path relative to the report folder ({@code charts/x.png}), for the PDF
 * @param wide    panels side by side that need the full text width; an ordinary chart shares a row
 *                with the next one
 */
public record Figure(String id, String caption, String svg, String png, boolean wide) {}
