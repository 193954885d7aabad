/**
 * The assignment report, built from the run archive alone: {@link edu.rnnlab.report.ReportBuilder}
 * reads every archived run, groups runs by experiment and model setting, aggregates seeds (mean ±
 * sample std), and prepares a {@link edu.rnnlab.report.view.ReportView} that the FreeMarker
 * templates in {@code templates/} only display.
 *
 * <p>Data flow: archive → {@code ExperimentRuns}/{@code ModelGroup} (grouping, statistics) →
 * sections (title block, summary, items 1-7, extras, appendix; tables, charts, observations) →
 * {@code render} (HTML, PDF). Every sentence judges differences the same way
 * ({@code Difference}: a gap no larger than the seed spread is "within noise"), so the summary's
 * verdicts and the items' observations never disagree.
 *
 * <p>The teacher's published figures for the worked example live in
 * {@code templates/course-reference.yaml}, labelled as quoted rather than measured. Fonts for the
 * PDF (a CJK font is needed for Chinese) are described in {@link edu.rnnlab.report.render}.
 */
package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
