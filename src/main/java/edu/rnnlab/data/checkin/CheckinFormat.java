package edu.rnnlab.data.checkin;

/** The two layouts the course's check-in files come in; the reader tells them apart by content. */
public enum CheckinFormat {
    /**
     * The course's {@code FS_NYC.csv} / {@code FS_TKY.csv}: comma-separated with a header
     * {@code userId,venueId,venueCategoryId,venueCategory,latitude,longitude,timezoneOffset,utcTimestamp}
     * (GETNext-style names such as {@code user_id,POI_id,...,UTC_time} are accepted too).
     */
    CSV,
    /**
     * The original TSMC2014 distribution ({@code dataset_TSMC2014_NYC.txt}): tab-separated, no header,
     * the same eight fields in the same order, time written like {@code Tue Apr 03 18:00:09 +0000 2012}.
     */
    TSMC
}
