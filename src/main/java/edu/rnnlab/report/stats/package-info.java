/**
 * The report's statistics, computed from archived runs and nothing else: estimates over seeds, the paired
 * or Welch t-tests behind every verdict (Apache Commons Statistics), differences, timing spreads and
 * learning curves. The sections in {@code report} turn them into sentences, tables and charts.
 */
package edu.rnnlab.report.stats;
