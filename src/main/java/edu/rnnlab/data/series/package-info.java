/**
 * Regularly sampled sensor series (Krakow air quality, PeMS traffic flow): readers for the course's
 * file formats, and the preparation every regression experiment shares — chronological splits per
 * sensor, gap filling, sliding windows that never cross a split boundary, and a min-max scaler fitted
 * on the training split only (or, for the course-protocol check, exactly as the teacher's notebook).
 */
package edu.rnnlab.data.series;
