package edu.rnnlab.data.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * The timestamp forms a {@code kind: csv} file may use. The form is chosen once, from the first row, and
 * every row must then use it, so a file is never read half one way and half another:
 *
 * <ul>
 *   <li>ISO: {@code 2016-04-01T00:05}, {@code 2016-04-01 00:05:00}, with optional fraction and offset
 *       ({@code Z}, {@code +02:00}, {@code +0200}); a date alone is midnight;
 *   <li>US: {@code 4/1/2016 0:05} (month first, as PeMS and Excel in the US write it), time optional;
 *   <li>European: {@code 1.4.2016 0:05} (day first), time optional;
 *   <li>{@code 2016/04/01 00:05}, time optional.
 * </ul>
 *
 * Times with an offset are converted to UTC; times without one are taken as they are (one clock for
 * the whole file).
 */
final class CsvTime {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    /** The forms, by name for messages, in the order they are tried. */
    private static final List<Form> FORMS = List.of(
            new Form("ISO (2016-04-01 00:05)", ISO),
            new Form("US month/day/year (4/1/2016 0:05)", dated("M/d/uuuu")),
            new Form("day.month.year (1.4.2016 0:05)", dated("d.M.uuuu")),
            new Form("year/month/day (2016/04/01 00:05)", dated("uuuu/M/d")));

    /** One accepted form. */
    record Form(String name, DateTimeFormatter format) {
        /** The time in UTC, or throws {@link DateTimeParseException}. */
        LocalDateTime parse(String text) {
            TemporalAccessor t = format.parse(text.strip());
            LocalDate date = LocalDate.from(t);
            LocalDateTime local = t.isSupported(ChronoField.HOUR_OF_DAY)
                    ? LocalDateTime.of(date, java.time.LocalTime.from(t))
                    : date.atStartOfDay();
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.of(local, ZoneOffset.from(t))
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
            }
            return local;
        }
    }

    private CsvTime() {}

    /** The first form that reads {@code text}, or throws {@link DateTimeParseException}. */
    static Form formOf(String text) {
        for (Form f : FORMS) {
            try {
                f.parse(text);
                return f;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new DateTimeParseException("none of the accepted forms", text, 0);
    }

    /** The accepted forms, for messages. */
    static String accepted() {
        return String.join("; ", FORMS.stream().map(Form::name).toList());
    }

    private static DateTimeFormatter dated(String datePattern) {
        return new DateTimeFormatterBuilder()
                .appendPattern(datePattern)
                .optionalStart()
                .appendLiteral(' ')
                .appendPattern("H:mm")
                .optionalStart()
                .appendPattern(":ss")
                .optionalEnd()
                .optionalEnd()
                .toFormatter(Locale.ROOT);
    }
}
