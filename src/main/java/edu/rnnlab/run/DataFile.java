package edu.rnnlab.run;

/** A file a dataset was read from, recorded in provenance so a grader can check it is the same file. */
public record DataFile(String path, long bytes, String sha256) {}
