package edu.rnnlab.run;

import java.util.List;

/**
 * Where a dataset came from: the course's own files or the built-in generator (and its seed),
 * with every file's size and sha256. Reports print {@link #description()} verbatim.
 */
public record DataSource(boolean builtIn, String description, List<DataFile> files) {}
