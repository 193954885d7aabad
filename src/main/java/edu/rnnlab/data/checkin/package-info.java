/**
 * Foursquare check-ins for next-location prediction (lab item 4): a reader for the course's
 * {@code FS_NYC.csv}/{@code FS_TKY.csv} and the original TSMC2014 {@code .txt} files, and the
 * preparation an honest experiment needs — per-user chronological splits, a venue vocabulary fitted
 * on the training split only (rare and unseen venues become one "unknown" class), windows of past
 * check-ins that never cross a split boundary, and optional time-of-day and weekday inputs.
 */
package edu.rnnlab.data.checkin;
