package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.report.ReportOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Report language, formats and title-block fields. */
final class ReportOptionsMixin {

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Report language (default en).")
    String language;

    @Option(names = "--format", paramLabel = "html,pdf", defaultValue = "html,pdf", split = ",",
            description = "Formats to write (default html,pdf).")
    List<String> formats;

    @Option(names = "--student", paramLabel = "NAME", description = "Student name for the title block.")
    String student;

    @Option(names = "--student-id", paramLabel = "ID", description = "Student id for the title block.")
    String studentId;

    ReportOptions toOptions(String commandLine, List<String> notes) {
        for (String format : formats) {
            if (!Set.of("html", "pdf").contains(format)) {
                throw RnnlabException.badInput("--format takes html and/or pdf (got '" + format + "').");
            }
        }
        if (!Arrays.asList("en", "zh").contains(language)) {
            throw RnnlabException.badInput("--lang must be en or zh (got '" + language + "').");
        }
        return new ReportOptions(language, formats.contains("html") || formats.contains("pdf"), formats.contains("pdf"),
                student, studentId, null, commandLine, notes);
    }
}
