package edu.rnnlab.data.checkin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Check-in timestamps in the forms the course's files use: {@code 2012-04-03 18:00:09+00:00} (course
 * CSV; without an offset it is taken as UTC), ISO {@code 2012-04-03T18:00:09Z}, and the TSMC2014 form
 * {@code Tue Apr 03 18:00:09 +0000 2012}.
 */
public final class CheckinTime {

    /** The course CSV's form, written by the generator. */
    public static final DateTimeFormatter COURSE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx", Locale.ROOT);

    private static final DateTimeFormatter TSMC =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private CheckinTime() {}

    /** Parses a timestamp; throws {@link DateTimeParseException} when it is none of the known forms. */
    public static Instant parse(String text) {
        String s = text.strip();
        if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
            return OffsetDateTime.parse(s, TSMC).toInstant();
        }
        if (s.indexOf('T') > 0) {
            return OffsetDateTime.parse(s).toInstant();
        }
        TemporalAccessor t = SPACED.parse(s);
        LocalDateTime local = LocalDateTime.from(t);
        ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(t) : ZoneOffset.UTC;
        return local.toInstant(offset);
    }
}
