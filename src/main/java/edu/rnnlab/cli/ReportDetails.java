package edu.rnnlab.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The student's details for the report's title block, from a small YAML file of {@code student},
 * {@code student_id} and {@code course}: the user's {@code report.yaml} beside the experiment specs,
 * and the copy the last report remembered in the reports folder, so a later {@code rnnlab report}
 * without flags keeps them.
 *
 * @param student   name, or null
 * @param studentId id, or null
 * @param course    course name, or null
 */
record ReportDetails(String student, String studentId, String course) {

    /** The keys a details file may hold, in the order they are written. */
    static final List<String> KEYS = List.of("student", "student_id", "course");

    /** The file in the reports folder that remembers the details of the last report. */
    static final String REMEMBERED = "report-details.yaml";

    static final ReportDetails NONE = new ReportDetails(null, null, null);

    /** Blank values are no values. */
    ReportDetails {
        student = blankToNull(student);
        studentId = blankToNull(studentId);
        course = blankToNull(course);
    }

    /** Each value from this, else from {@code fallback}. */
    ReportDetails over(ReportDetails fallback) {
        return new ReportDetails(
                student != null ? student : fallback.student,
                studentId != null ? studentId : fallback.studentId,
                course != null ? course : fallback.course);
    }

    boolean isEmpty() {
        return student == null && studentId == null && course == null;
    }

    /**
     * Reads {@code file} (none when it does not exist). A value that is not text, an unknown key or a
     * file that is not a mapping is bad input naming the file, line and key.
     */
    static ReportDetails read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return NONE; // an empty file: nothing to fill in
            }
            if (first != JsonToken.START_OBJECT) {
                throw bad(file, p, "expected keys " + String.join(", ", KEYS) + " (e.g. 'student: Li Hua')");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (!KEYS.contains(key)) {
                    throw bad(file, p, "unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (!value.isScalarValue()) {
                    throw bad(file, p, key + " must be text (quote it), not a list or mapping");
                }
                values.put(key, p.getText());
            }
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    file + ": not valid YAML ("
                            + e.getMessage().lines().findFirst().orElse("") + "); write one"
                            + " 'key: value' per line with the keys " + String.join(", ", KEYS) + ".",
                    e);
        }
        return new ReportDetails(values.get("student"), values.get("student_id"), values.get("course"));
    }

    /** Writes the details to {@code file} (aside, then renamed into place), or nothing when empty. */
    void write(Path file) {
        if (isEmpty()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("student", student);
        values.put("student_id", studentId);
        values.put("course", course);
        String text = "# The title block of the last report; 'rnnlab report' reuses it when given no flags.\n"
                + values.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .map(e -> e.getKey() + ": " + quoted(e.getValue()))
                        .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.writeString(file, text);
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot write " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static RnnlabException bad(Path file, JsonParser p, String what) {
        return RnnlabException.badInput(file + ", line " + p.currentLocation().getLineNr() + ": " + what + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
