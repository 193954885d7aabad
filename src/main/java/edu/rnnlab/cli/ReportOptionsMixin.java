package edu.rnnlab.cli;

import edu.rnnlab.report.ReportOptions;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Report language, formats and title-block fields; languages and formats are typed so help and completion list them. */
final class ReportOptionsMixin {

    /** Report languages (message bundles in templates/). */
    enum Language {
        EN,
        ZH;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Report formats. */
    enum Format {
        HTML,
        PDF;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Report language: ${COMPLETION-CANDIDATES} (default en).")
    Language language;

    @Option(
            names = "--format",
            defaultValue = "html,pdf",
            split = ",",
            description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default html,pdf).")
    List<Format> formats;

    @Option(names = "--student", paramLabel = "NAME", description = "Student name for the title block.")
    String student;

    @Option(names = "--student-id", paramLabel = "ID", description = "Student id for the title block.")
    String studentId;

    ReportOptions toOptions(String commandLine, List<String> notes) {
        // The PDF is printed from the HTML, so asking for a PDF renders the HTML too.
        return new ReportOptions(
                language.toString(),
                !formats.isEmpty(),
                formats.contains(Format.PDF),
                student,
                studentId,
                null,
                commandLine,
                notes);
    }
}
