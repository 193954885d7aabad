package edu.rnnlab.run;

/** The course's dataset families. */
public enum DatasetKind {
    /** Krakow air quality, twelve monthly CSVs (hourly, 56 sensors x 6 features). */
    AIRQUALITY,
    /** PeMS traffic flow, {@code PEMS04.npz} etc. (5-minute steps, sensors x 3 features). */
    PEMS,
    /** Foursquare check-ins, {@code FS_NYC.csv} / {@code FS_TKY.csv} (next-venue classification). */
    CHECKIN,
    /** Any UTF-8 text for a character (or word) language model. */
    TEXT,
    /** Any CSV time series of the user's own: a time column, a target column, optional input columns. */
    CSV,
    /** Sentence pairs for translation, {@code fra-eng.zip} / {@code fra.txt} (Tatoeba English-French). */
    TRANSLATION
}
