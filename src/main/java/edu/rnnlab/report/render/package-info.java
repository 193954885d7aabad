/**
 * Turning the prepared {@link edu.rnnlab.report.view.ReportView} into files: FreeMarker renders
 * {@code templates/report.ftlh} to self-contained HTML (auto-escaped), and openhtmltopdf prints the
 * same HTML to an A4 PDF with embedded fonts.
 *
 * <p>Fonts in the PDF come from the jar ({@link edu.rnnlab.report.render.BundledFonts}: subsets of
 * DejaVu Sans for Latin text and symbols and of Droid Sans Fallback for Chinese), never from the
 * machine, so the PDF looks the same everywhere; characters they lack are named on the console.
 * {@link edu.rnnlab.report.render.MarkdownRenderer} writes the same view as GitHub-flavoured Markdown.
 */
package edu.rnnlab.report.render;
