/**
 * Metrics as pure functions on plain arrays (no DJL, no files): regression errors, ranking metrics
 * (Acc@k, MRR), classification metrics (macro/micro F1 and recall) and perplexity. Each function says
 * how it treats ties and empty input, so a report's numbers can be recomputed by hand or with sklearn.
 */
package edu.rnnlab.metric;
