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
        PDF,
        /** GitHub-flavoured Markdown ({@code report.md}), e.g. for {@code pandoc report.md -o report.docx}. */
        MD;

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
            description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default html,pdf; md writes"
                    + " report.md for pandoc).")
    List<Format> formats;

    @Option(
            names = "--open",
            description = "Open the HTML report in the default browser when done (else say where it is).")
    boolean open;

    @Option(
            names = "--student",
            paramLabel = "NAME",
            description = "Student name for the title block (overrides report.yaml; remembered for later reports).")
    String student;

    @Option(
            names = "--student-id",
            paramLabel = "ID",
            description = "Student id for the title block (overrides report.yaml; remembered for later reports).")
    String studentId;

    /** The flags' details, each missing one from {@code fallback} (report.yaml, then the remembered copy). */
    ReportDetails details(ReportDetails fallback) {
        return new ReportDetails(student, studentId, null).over(fallback);
    }

    ReportOptions toOptions(String commandLine, List<String> notes, ReportDetails details) {
        // The PDF is printed from the HTML, so asking for a PDF renders the HTML too.
        return new ReportOptions(
                language.toString(),
                formats.contains(Format.HTML) || formats.contains(Format.PDF),
                formats.contains(Format.PDF),
                formats.contains(Format.MD),
                details.student(),
                details.studentId(),
                details.course(),
                commandLine,
                notes);
    }
}
