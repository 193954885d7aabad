package edu.rnnlab.report.render;

import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.ReportView;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.report.view.TocEntry;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the same prepared view as the HTML to GitHub-flavoured Markdown ({@code report.md}):
 * headings with anchors, pipe tables, figures linked to {@code charts/*.png}, the analysis as a paragraph
 * and commands in fenced blocks, so {@code pandoc report.md -o report.docx} gives a Word file with
 * captioned figures. Every string from the view is escaped, so data can never change the structure.
 */
public final class MarkdownRenderer {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    /** The complete Markdown document. */
    public String render(ReportView view) {
        Map<String, String> t = view.text();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(view.title())).append("\n\n");
        md.append(escape(view.subtitle())).append("\n\n");
        table(md, view.titleBlock());
        md.append("## ").append(escape(t.getOrDefault("toc_title", "Contents"))).append("\n\n");
        for (TocEntry e : view.toc()) {
            md.append(e.level() > 1 ? "    - " : "- ");
            md.append('[')
                    .append(escape(e.title()))
                    .append("](#")
                    .append(e.id())
                    .append(")\n");
        }
        md.append('\n');
        for (Section s : view.sections()) {
            section(md, s, t);
        }
        md.append("---\n\n").append(escape(t.getOrDefault("footer", ""))).append('\n');
        return md.toString();
    }

    private static void section(StringBuilder md, Section s, Map<String, String> t) {
        heading(md, 2, s.id(), s.title());
        if (!s.intro().isEmpty()) {
            md.append('*').append(escape(s.intro())).append("*\n\n");
        }
        if (!s.missing().isEmpty()) {
            md.append("> **")
                    .append(escape(t.getOrDefault("missing_label", "Missing:")))
                    .append("** ")
                    .append(escape(s.missing()))
                    .append("\n\n");
        }
        for (String n : s.notes()) {
            md.append("> **")
                    .append(escape(t.getOrDefault("note_label", "Note:")))
                    .append("** ")
                    .append(escape(n))
                    .append("\n\n");
        }
        s.tables().forEach(tb -> table(md, tb));
        s.blocks().forEach(b -> block(md, b, t));
    }

    private static void block(StringBuilder md, Block b, Map<String, String> t) {
        heading(md, 3, b.id(), b.heading());
        b.paragraphs().forEach(p -> md.append(escape(p)).append("\n\n"));
        b.equations().forEach(eq -> md.append("$$").append(eq.tex()).append("$$\n\n"));
        if (b.setup() != null) {
            subheading(md, b, t, "heading_setup");
            table(md, b.setup());
        }
        if (!b.tables().isEmpty()) {
            subheading(md, b, t, "heading_results");
            b.tables().forEach(tb -> table(md, tb));
        }
        if (!b.figures().isEmpty()) {
            subheading(md, b, t, "heading_charts");
            b.figures().forEach(f -> figure(md, f));
        }
        if (!b.observations().isEmpty()) {
            subheading(md, b, t, "heading_observations");
            // The analysis is one paragraph of sentences, as in the HTML.
            md.append(escape(String.join(" ", b.observations()))).append('\n');
            md.append('\n');
        }
        if (!b.samples().isEmpty()) {
            md.append("#### ")
                    .append(escape(t.getOrDefault("heading_samples", "")))
                    .append("\n\n");
            fenced(md, b.samples()); // one box, a line per model, as in the HTML
        }
        if (!b.code().isEmpty()) {
            fenced(md, b.code());
        }
    }

    private static void heading(StringBuilder md, int level, String id, String title) {
        // An HTML anchor: GitHub and pandoc both keep it, so the contents' links work in either.
        md.append("<a id=\"").append(id).append("\"></a>\n\n");
        md.append("#".repeat(level)).append(' ').append(escape(title)).append("\n\n");
    }

    private static void subheading(StringBuilder md, Block b, Map<String, String> t, String key) {
        if (b.experiment()) {
            md.append("#### ").append(escape(t.getOrDefault(key, ""))).append("\n\n");
        }
    }

    /** An image alone in its paragraph: pandoc makes it a figure whose caption is the alt text. */
    private static void figure(StringBuilder md, Figure f) {
        md.append("![").append(escape(f.caption())).append("](").append(f.png()).append(")\n\n");
    }

    /** A pipe table; key-value tables (no headers) get an empty header row, which GFM requires. */
    static void table(StringBuilder md, Table tb) {
        if (tb.rows().isEmpty() && tb.headers().isEmpty()) {
            return;
        }
        if (!tb.caption().isEmpty()) {
            md.append("**").append(escape(tb.caption())).append("**\n\n");
        }
        int columns = Math.max(
                tb.headers().size(),
                tb.rows().stream().mapToInt(List::size).max().orElse(0));
        md.append('|');
        for (int c = 0; c < columns; c++) {
            md.append(' ')
                    .append(c < tb.headers().size() ? cell(tb.headers().get(c)) : "")
                    .append(" |");
        }
        md.append("\n|");
        for (int c = 0; c < columns; c++) {
            md.append(numeric(tb, c) ? " ---: |" : " --- |");
        }
        md.append('\n');
        for (List<Cell> row : tb.rows()) {
            md.append('|');
            for (int c = 0; c < columns; c++) {
                md.append(' ').append(c < row.size() ? cell(row.get(c)) : "").append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        if (!tb.note().isEmpty()) {
            md.append('*').append(escape(tb.note())).append("*\n\n");
        }
    }

    private static boolean numeric(Table tb, int column) {
        return tb.rows().stream()
                .anyMatch(r -> column < r.size() && r.get(column).numeric());
    }

    private static String cell(Cell c) {
        String text = cell(c.text());
        if (c.preformatted() && !text.isEmpty()) {
            return "<code>" + text + "</code>";
        }
        return c.best() && !text.isEmpty() ? "**" + text + "**" : text;
    }

    /** A table cell's text: escaped, line breaks as {@code <br>} (a pipe table row is one line). */
    private static String cell(String text) {
        return escape(text).replace("\r", "").replace("\n", "<br>");
    }

    /** Verbatim lines in a fence longer than any run of backticks inside them. */
    private static void fenced(StringBuilder md, List<String> lines) {
        int longest = 2;
        for (String line : lines) {
            Matcher m = BACKTICKS.matcher(line);
            while (m.find()) {
                longest = Math.max(longest, m.group().length());
            }
        }
        String fence = "`".repeat(longest + 1);
        md.append(fence).append('\n');
        lines.forEach(l -> md.append(l.replace("\r", "")).append('\n'));
        md.append(fence).append("\n\n");
    }

    /**
     * Escapes the characters Markdown would read as formatting or HTML; a line that would start a
     * heading, list or quote gets its first character escaped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ("\\`*_[]<>|".indexOf(ch) >= 0) {
                s.append('\\');
            }
            s.append(ch);
        }
        // Only where a line would really start a block: "-8.5" and "1.05" stay as they are.
        return s.toString()
                .replaceAll("(?m)^(\\s*)(#{1,6}|[+\\-])(?=\\s|$)", "$1\\\\$2")
                .replaceAll("(?m)^(\\s*\\d+)([.)])(?=\\s|$)", "$1\\\\$2");
    }
}
