package edu.rnnlab.report.view;

import java.util.List;
import java.util.Map;

/**
 * Everything the report template displays.
 *
 * @param language   en | zh (the {@code lang} attribute)
 * @param pdf        render for the PDF (PNG charts, print layout) rather than the browser (SVG)
 * @param title      document title
 * @param subtitle   the line under the title
 * @param titleBlock key-value rows of the title block
 * @param toc        table-of-contents entries
 * @param sections   summary, items 1-7, extras, appendix, in order
 * @param text       the message bundle, keys with dots replaced by underscores, for fixed labels
 * @param css        the stylesheet, inlined so the HTML opens offline
 */
public record ReportView(
        String language,
        boolean pdf,
        String title,
        String subtitle,
        Table titleBlock,
        List<TocEntry> toc,
        List<Section> sections,
        Map<String, String> text,
        String css) {

    /** The same report rendered for the other medium. */
    public ReportView forPdf(boolean forPdf) {
        return new ReportView(language, forPdf, title, subtitle, titleBlock, toc, sections, text, css);
    }
}
