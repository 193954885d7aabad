/**
 * Charts drawn with XChart from numbers the report prepared out of the archive's CSVs: line charts
 * (loss and metric curves with a seed band, predicted vs true, metric vs swept value with error
 * bars) and bar charts (time per epoch, Acc@k). Colours follow the cell type everywhere (RNN blue,
 * GRU vermilion, LSTM green; Okabe-Ito, readable by colour-blind readers and in grey print), and
 * the implementation follows the marker (hand-written: filled circle; library: square) or, for
 * bars, the tint (library lighter). Each chart is written as SVG (for the HTML) and PNG at 150 dpi
 * (for the PDF).
 */
package edu.rnnlab.report.chart;
