/**
 * The run archive, the contract between training and reporting:
 *
 * <pre>
 * reports/runs/&lt;experiment&gt;/&lt;run-id&gt;/
 *   spec.yaml        {@link edu.rnnlab.run.RunSpec}, fully resolved
 *   provenance.json  {@link edu.rnnlab.run.Provenance}: hashes, seeds, data files, versions, machine, times
 *   metrics.csv      {@link edu.rnnlab.run.EpochRow} per epoch and split
 *   summary.json     {@link edu.rnnlab.run.RunSummary}
 *   predictions.csv  regression only: a stretch of test targets and predictions at the selected epoch
 * </pre>
 *
 * A run is written into a temporary sibling directory and renamed into place when complete, so a
 * killed process never leaves a half-written run that looks finished.
 */
package edu.rnnlab.archive;
