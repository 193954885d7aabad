package edu.rnnlab.report;

import java.util.List;

/**
 * What to render and what to print in the title block and appendix.
 *
 * @param language    {@code en} or {@code zh}
 * @param html        write {@code index.html}
 * @param pdf         write {@code report.pdf}
 * @param markdown    write {@code report.md} (GitHub-flavoured Markdown, e.g. for pandoc to Word)
 * @param student     student name, or null/blank for a placeholder to fill by hand
 * @param studentId   student id, or null/blank for a placeholder
 * @param course      course name, or null/blank for the default from the message bundle
 * @param commandLine the command that reproduces the whole report, printed in the appendix
 * @param notes       free-text notes from the runner (e.g. "no check-in data found; run with
 *                    --data-dir"), shown where they concern a section and in the summary
 */
public record ReportOptions(
        String language,
        boolean html,
        boolean pdf,
        boolean markdown,
        String student,
        String studentId,
        String course,
        String commandLine,
        List<String> notes) {

    /** Normalises the language and copies the notes; rejects languages without a message bundle. */
    public ReportOptions {
        language =
                language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("Report language must be en or zh, not '" + language + "'.");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        commandLine = commandLine == null || commandLine.isBlank() ? "./rnnlab report" : commandLine;
    }

    /** The same options with other notes. */
    public ReportOptions withNotes(List<String> otherNotes) {
        return new ReportOptions(language, html, pdf, markdown, student, studentId, course, commandLine, otherNotes);
    }

    /** English HTML and PDF with placeholders: the defaults of {@code rnnlab report}. */
    public static ReportOptions defaults() {
        return new ReportOptions("en", true, true, false, null, null, null, null, List.of());
    }
}
