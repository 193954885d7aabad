package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.checkin.CheckinTime;
import edu.rnnlab.data.series.AirQualityReader;
import edu.rnnlab.data.series.PemsNpz;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a course file by its content, so a renamed copy ({@code PEMS04_sample.npz},
 * {@code FS_NYC_sample.csv}, {@code krakow-jan.csv}) is found as well as the original. Cheap by design:
 * an {@code .npz} is judged by its {@code data.npy} header, a CSV or text file by its first line only.
 *
 * <ul>
 *   <li>PeMS: an {@code .npz} whose array {@code data} has rank 3 (time, sensors, features).
 *   <li>Check-ins: exactly the course header {@code userId,venueId,...,utcTimestamp}, or the original
 *       TSMC2014 form: eight tab-separated fields, no header, a time like {@code Tue Apr 03 18:00:09 +0000 2012}.
 *       GETNext-style splits ({@code user_id,POI_id,...,trajectory_id}) are other files and are not taken.
 *   <li>Air quality: a comma header with a {@code <sensor>_temperature} column (see {@link AirQualityReader}).
 * </ul>
 */
final class DataFolderSniffer {

    /** The kinds of course file recognised by content. */
    enum Format {
        PEMS,
        CHECKIN,
        AIRQUALITY
    }

    /** The course CSV's header, compared case-insensitively. */
    static final List<String> CHECKIN_HEADER = List.of(
            "userid",
            "venueid",
            "venuecategoryid",
            "venuecategory",
            "latitude",
            "longitude",
            "timezoneoffset",
            "utctimestamp");

    private static final int FIRST_LINE_LIMIT = 1 << 16;

    private DataFolderSniffer() {}

    /** The course format of {@code file}, or empty when it is none (or unreadable). */
    static Optional<Format> sniff(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npz")) {
            return isPems(file) ? Optional.of(Format.PEMS) : Optional.empty();
        }
        if (!(name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv"))) {
            return Optional.empty();
        }
        String line = firstLine(file);
        if (line == null) {
            return Optional.empty();
        }
        if (isCheckinLine(line)) {
            return Optional.of(Format.CHECKIN);
        }
        return AirQualityReader.isAirQualityHeader(line) ? Optional.of(Format.AIRQUALITY) : Optional.empty();
    }

    private static boolean isPems(Path file) {
        try (PemsNpz npz = PemsNpz.open(file)) {
            return npz.header().rank() == 3;
        } catch (RnnlabException e) {
            return false; // not the course layout: a different npz, or a damaged one
        }
    }

    /** Whether a first line is the course check-in header or a headerless TSMC2014 row. */
    static boolean isCheckinLine(String line) {
        if (line.indexOf('\t') >= 0) {
            String[] fields = line.split("\t", -1);
            if (fields.length != CHECKIN_HEADER.size()) {
                return false;
            }
            try {
                Integer.parseInt(fields[6].strip());
                CheckinTime.parse(fields[7]);
                return Character.isLetter(fields[7].strip().charAt(0));
            } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                return false;
            }
        }
        List<String> header = Arrays.stream(line.split(",", -1))
                .map(h -> h.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        return header.equals(CHECKIN_HEADER);
    }

    /** The first line without a byte-order mark, or null when the file is empty or unreadable. */
    static String firstLine(Path file) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            char[] buffer = new char[FIRST_LINE_LIMIT];
            int n = in.read(buffer);
            if (n <= 0) {
                return null;
            }
            String head = new String(buffer, 0, n);
            int end = head.indexOf('\n');
            String line = end < 0 ? head : head.substring(0, end);
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            return null;
        }
    }
}
