/**
 * Turning the prepared {@link edu.rnnlab.report.view.ReportView} into files: FreeMarker renders
 * {@code templates/report.ftlh} to self-contained HTML (auto-escaped), and openhtmltopdf prints the
 * same HTML to an A4 PDF with embedded fonts.
 *
 * <p>Fonts in the PDF: DejaVu Sans (Debian/Ubuntu package {@code fonts-dejavu-core}) is embedded
 * when found; without it the PDF falls back to the standard Helvetica, which cannot show characters
 * such as Greek Δ. Chinese text needs a CJK TrueType font on the machine, found by
 * {@link edu.rnnlab.report.render.FontLocator}: install {@code fonts-wqy-zenhei} (or
 * {@code fonts-arphic-uming}, {@code fonts-droid-fallback}), or point {@code RNNLAB_CJK_FONT} at a
 * {@code .ttf}/{@code .ttc} file. Without one, Chinese characters in the PDF render as placeholder
 * glyphs (the HTML is unaffected: the browser uses its own fonts).
 */
package edu.rnnlab.report.render;
