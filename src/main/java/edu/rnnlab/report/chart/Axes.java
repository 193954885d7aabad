package edu.rnnlab.report.chart;

/**
 * Titles and scales of a chart.
 *
 * @param title  chart title (short; the figure caption says the rest)
 * @param xLabel x-axis label with its unit
 * @param yLabel y-axis label with its unit
 * @param logX   logarithmic x axis (learning rates)
 * @param logY   logarithmic y axis (losses or perplexities spanning decades)
 */
public record Axes(String title, String xLabel, String yLabel, boolean logX, boolean logY) {}
