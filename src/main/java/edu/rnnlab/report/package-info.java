/**
 * The assignment report, built from the run archive alone: {@link edu.rnnlab.report.ReportBuilder}
 * reads every archived run, groups runs by experiment and model setting, aggregates seeds (mean ±
 * sample std), and prepares a {@link edu.rnnlab.report.view.ReportView} that the FreeMarker
 * templates in {@code templates/} only display.
 *
 * <p>Data flow: archive → {@code ExperimentRuns}/{@code ModelGroup} (grouping, statistics) →
 * sections (title block, summary, items 1-7, extras, appendix; tables, charts, observations) →
 * {@code render} (HTML, PDF). Every sentence judges differences the same way, so the summary's
 * verdicts and the items' observations never disagree: scores by a t-test on the seeds
 * ({@code SeedTest}, commons-statistics: paired when both arms ran the same seeds, Welch otherwise,
 * one-sample against a baseline, none with one seed) read by {@code Difference}; settings picked on
 * validation ({@code Observations.ranked}, {@code SweepPick}); every model against every baseline on
 * every metric ({@code BaselineReading}); speed by non-overlapping epoch-time ranges ({@code Timing}).
 *
 * <p>The teacher's published figures for the worked example live in
 * {@code templates/course-reference.yaml}, labelled as quoted rather than measured. Fonts for the
 * PDF (a CJK font is needed for Chinese) are described in {@link edu.rnnlab.report.render}.
 */
package edu.rnnlab.report;
