/**
 * Charts drawn with XChart from numbers the report prepared out of the archive's CSVs: line charts
 * (loss and metric curves with a seed band, predicted vs true, metric vs swept value with error
 * bars), bar charts (time per epoch, Acc@k) and a forest plot (item 7's effects). One visual
 * language: colour follows the cell type everywhere (RNN blue, GRU vermilion, LSTM green;
 * Okabe-Ito, readable by colour-blind readers and in grey print), a hand-written cell is a solid
 * line or a full-colour bar and a library cell a dashed line or a lighter bar, a thin grey dashed
 * line is a reference (best trivial baseline, zero effect), spread is drawn only where there are
 * seeds to spread, the legend sits under the plot ({@code Panels}), and a
 * sweep's x axis follows one rule ({@link edu.rnnlab.report.chart.XScale}). A panel is 400 px wide,
 * printed at half the PDF's text width; each chart is written as SVG (for the HTML) and PNG at
 * 150 dpi (for the PDF).
 */
package edu.rnnlab.report.chart;
