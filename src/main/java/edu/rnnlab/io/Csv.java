package edu.rnnlab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The one way the project opens a UTF-8 CSV file whose first line names its columns. */
public final class Csv {

    private Csv() {}

    /** A parser over the records after the header; closing it closes the file. */
    public static CSVParser withHeader(Path file) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }
}
