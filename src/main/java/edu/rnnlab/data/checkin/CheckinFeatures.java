package edu.rnnlab.data.checkin;

import java.time.LocalDateTime;

/**
 * Extra per-step inputs of a check-in: time of day and weekday as points on a circle (sin, cos), so
 * 23:59 sits next to 00:00 and Sunday next to Monday, then optionally a one-hot venue category.
 * Local time at the venue is used, because routines follow the wall clock, not UTC.
 */
public final class CheckinFeatures {

    /** Floats of the time part: hour sin, hour cos, weekday sin, weekday cos. */
    public static final int TIME = 4;

    private CheckinFeatures() {}

    /** Writes the four time features of {@code local} at {@code dst[offset..offset+4)}. */
    public static void time(LocalDateTime local, float[] dst, int offset) {
        double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
        double day = 2 * Math.PI * hour / 24.0;
        double week = 2 * Math.PI * (local.getDayOfWeek().getValue() - 1) / 7.0;
        dst[offset] = (float) Math.sin(day);
        dst[offset + 1] = (float) Math.cos(day);
        dst[offset + 2] = (float) Math.sin(week);
        dst[offset + 3] = (float) Math.cos(week);
    }
}
