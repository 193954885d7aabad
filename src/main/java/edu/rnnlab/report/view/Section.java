package edu.rnnlab.report.view;

import java.util.List;

/**
 * A top-level section: the summary, a lab item, the extras or the appendix.
 *
 * @param id      anchor id (the table of contents links to it)
 * @param title   heading, numbered where it is a lab item
 * @param intro   what the item asks for, or empty
 * @param missing why the section has no results (no runs archived), or empty
 * @param notes   notes from the runner that concern this section
 * @param tables  tables directly under the section (the summary table)
 * @param blocks  the sub-sections
 */
public record Section(
        String id,
        String title,
        String intro,
        String missing,
        List<String> notes,
        List<Table> tables,
        List<Block> blocks) {}
