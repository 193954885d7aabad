package edu.rnnlab.report.view;

/**
 * One line of the table of contents.
 *
 * @param id    the anchor it links to
 * @param title the section title
 * @param level 1 for sections, 2 for sub-sections
 */
public record TocEntry(String id, String title, int level) {}
