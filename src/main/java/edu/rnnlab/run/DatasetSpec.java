package edu.rnnlab.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The data of an experiment, as written under {@code dataset:} in a spec. Keys that do not apply to a
 * kind must stay unset; defaults are written out by the compact constructor and documented in
 * {@code experiments/README.md}.
 *
 * @param kind          airquality | pems | checkin | text
 * @param file          explicit file name to use inside the data folder (default: found by name)
 * @param feature       series feature: temperature, humidity, pressure, pm1, pm25, pm10 (air quality,
 *                      default temperature); flow, occupancy, speed (PeMS, default flow)
 * @param sensors       how many sensors to use, in file order; 0 = all (default 0 for air quality, 10 for PeMS)
 * @param sensorIds     explicit sensor ids (overrides {@code sensors})
 * @param window        history steps per example (default 12)
 * @param horizon       how many steps ahead the target lies (default 1)
 * @param trainFraction chronological share of each series for training (default 0.6)
 * @param valFraction   share for validation; the rest is test (default 0.2)
 * @param gapLimit      longest gap (in steps) filled by linear interpolation (default 3)
 * @param limitWindows  cap on training windows, 0 = no cap (default 0); profiles use it
 * @param protocol      standard | course_example (series) | textbook (text) (default standard)
 * @param minCount      check-ins: venues seen fewer times in training map to "unknown" (default 2)
 * @param minCheckins   check-ins: users with fewer check-ins are skipped and counted (default 10)
 * @param timeFeatures  check-ins: add hour-of-day and weekday inputs (default true)
 * @param categoryFeatures check-ins: add the venue category (one-hot) as an input (default false)
 * @param tokens        text: char | word (default char)
 * @param sampling      text: sequential | random (default sequential)
 * @param categoryFeatures check-ins: add the venue category (one-hot) as an input (default false)
 * @param inputs        extra input series beside the target (default none): air quality, other features of
 *                      the same sensor ({@code humidity}, {@code pressure}, {@code pm1}, {@code pm25},
 *                      {@code pm10}) and {@code hour} (hour of day); csv, other column names
 * @param timeColumn    csv: the timestamp column (default: the first column)
 * @param first         use only the first N units of the source, as the textbook does (text: tokens;
 *                      translation: sentence pairs); 0 = all (default)
 */
public record DatasetSpec(
        DatasetKind kind,
        String file,
        String feature,
        Integer sensors,
        List<String> sensorIds,
        Integer window,
        Integer horizon,
        Double trainFraction,
        Double valFraction,
        Integer gapLimit,
        Integer limitWindows,
        Protocol protocol,
        Integer minCount,
        Integer minCheckins,
        Boolean timeFeatures,
        Tokens tokens,
        Sampling sampling,
        // Written only when on, so specs (and run ids) from before this key existed stay the same.
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OmitFalse.class) Boolean categoryFeatures,
        // The keys below are written only when set, for the same reason.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> inputs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeColumn,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OmitZero.class) Integer first) {

    /** Fills defaults for every key left out. */
    public DatasetSpec {
        kind = kind == null ? DatasetKind.AIRQUALITY : kind;
        feature = feature != null
                ? feature
                : switch (kind) {
                    case AIRQUALITY -> "temperature";
                    case PEMS -> "flow";
                    default -> null;
                };
        sensors = sensors != null ? sensors : (kind == DatasetKind.PEMS ? 10 : 0);
        sensorIds = sensorIds == null ? List.of() : List.copyOf(sensorIds);
        window = window == null ? (kind == DatasetKind.TEXT ? 35 : 12) : window;
        horizon = horizon == null ? 1 : horizon;
        trainFraction = trainFraction == null ? 0.6 : trainFraction;
        valFraction = valFraction == null ? 0.2 : valFraction;
        gapLimit = gapLimit == null ? 3 : gapLimit;
        limitWindows = limitWindows == null ? 0 : limitWindows;
        protocol = protocol == null ? Protocol.STANDARD : protocol;
        minCount = minCount == null ? 2 : minCount;
        minCheckins = minCheckins == null ? 10 : minCheckins;
        timeFeatures = timeFeatures == null || timeFeatures;
        tokens = tokens == null ? Tokens.CHAR : tokens;
        sampling = sampling == null ? Sampling.SEQUENTIAL : sampling;
        categoryFeatures = categoryFeatures != null && categoryFeatures;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        first = first == null ? 0 : first;
        SpecException.atLeast("window", window, 1);
        SpecException.atLeast("horizon", horizon, 1);
        SpecException.atLeast("limit_windows", limitWindows, 0);
        SpecException.atLeast("sensors", sensors, 0);
        SpecException.atLeast("gap_limit", gapLimit, 0);
        SpecException.atLeast("first", first, 0);
        SpecException.require(
                protocol != Protocol.TEXTBOOK || kind == DatasetKind.TEXT,
                "protocol",
                "textbook",
                "standard for a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " dataset (textbook is for text)");
    }

    /** A spec of the given kind with every other key at its default. */
    public static DatasetSpec of(DatasetKind kind) {
        return new DatasetSpec(
                kind, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Jackson value filter: true (= leave out) for {@code 0}. */
    static final class OmitZero {
        @Override
        public boolean equals(Object value) {
            return Integer.valueOf(0).equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Jackson value filter: true (= leave out) for {@code false}. */
    static final class OmitFalse {
        @Override
        public boolean equals(Object value) {
            return Boolean.FALSE.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
