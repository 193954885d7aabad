/**
 * Data: readers for the course's files (by kind in {@code series}, {@code checkin}, {@code text}),
 * the built-in generators that write the same formats ({@code synthetic}), and the preparation every
 * honest experiment needs — chronological splits, windows, scalers and vocabularies fitted on the
 * training split only. Errors name the file, the line or key, the bad value and what to do.
 */
package edu.rnnlab.data;
