package edu.rnnlab.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Prints report HTML as PDF bytes to a stream. The report builder owns where the bytes go (a file
 * written aside and renamed into place); {@link PdfRenderer} is the real printer, tests use others.
 */
@FunctionalInterface
public interface PdfPrinter {

    /** Writes the PDF of {@code html} to {@code out}; {@code baseDir} is where relative image paths point. */
    void print(String html, Path baseDir, OutputStream out) throws IOException;
}
