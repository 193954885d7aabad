package edu.rnnlab.data.checkin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One check-in as the course's files record it.
 *
 * @param user          user id (kept as text: the files use integers, other sources may not)
 * @param venue         venue id (24 hex digits in Foursquare data)
 * @param categoryId    venue category id
 * @param category      venue category name, e.g. "Coffee Shop"
 * @param latitude      degrees
 * @param longitude     degrees
 * @param offsetMinutes the venue's offset from UTC at that time, in minutes (-240 for New York in summer)
 * @param time          when it happened
 */
public record Checkin(
        String user,
        String venue,
        String categoryId,
        String category,
        double latitude,
        double longitude,
        int offsetMinutes,
        Instant time) {

    /** The local wall-clock time at the venue, which is what daily routines follow. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(time, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }
}
