package edu.rnnlab.report.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Cell;
import edu.rnnlab.report.view.Figure;
import edu.rnnlab.report.view.ReportView;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.report.view.TocEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small view rendered to Markdown: headings, pipe tables, figure links, escaped data. */
class MarkdownRendererTest {

    private static String render() {
        Table results = new Table(
                "table-1",
                "Table 1. Test results",
                List.of("Model", "RMSE"),
                List.of(
                        List.of(Cell.plain("GRU | library"), new Cell("1.05 ± 0.01", true, true)),
                        List.of(Cell.plain("Bar *Café*"), Cell.num("1.32"))),
                "Best in bold.");
        Figure figure = new Figure(
                "figure-1", "Figure 1. Loss of \"GRU\"", "data:...", "charts/item1-rnn-scratch-loss.png", true);
        Block block = new Block(
                "exp-rnn",
                "Hand-written RNN",
                true,
                List.of("# not a heading"),
                List.of(),
                new Table("", "", List.of(), List.of(List.of(Cell.plain("cell"), Cell.plain("GRU"))), ""),
                List.of(results),
                List.of(figure),
                List.of("GRU reached 1.05."),
                List.of(),
                List.of("./rnnlab lab"));
        Section item =
                new Section("item-1", "Item 1. RNN", "What it asks.", "", List.of("a note"), List.of(), List.of(block));
        ReportView view = new ReportView(
                "en",
                false,
                "Lab 4",
                "Recurrent networks",
                new Table("", "", List.of(), List.of(List.of(Cell.plain("Student"), Cell.plain("Ada"))), ""),
                List.of(new TocEntry("item-1", "Item 1. RNN", 1), new TocEntry("exp-rnn", "Hand-written RNN", 2)),
                List.of(item),
                Map.of(
                        "heading_setup",
                        "Setup",
                        "heading_results",
                        "Results",
                        "heading_charts",
                        "Charts",
                        "heading_observations",
                        "Observations",
                        "note_label",
                        "Note:",
                        "toc_title",
                        "Contents"),
                "css");
        return new MarkdownRenderer().render(view);
    }

    @Test
    void headingsTocAndSubheadings() {
        String md = render();
        assertTrue(md.startsWith("# Lab 4\n"), md);
        assertTrue(md.contains("\n## Item 1. RNN\n"), md);
        assertTrue(md.contains("<a id=\"exp-rnn\"></a>\n\n### Hand-written RNN\n"), md);
        assertTrue(md.contains("#### Setup\n") && md.contains("#### Observations\n"), md);
        assertTrue(md.contains("- [Item 1. RNN](#item-1)\n    - [Hand-written RNN](#exp-rnn)\n"), md);
        assertTrue(md.contains("> **Note:** a note"), md);
    }

    @Test
    void tablesArePipeTablesWithEscapedCellsAndBoldBest() {
        String md = render();
        assertTrue(md.contains("**Table 1. Test results**\n\n| Model | RMSE |\n| --- | ---: |\n"), md);
        assertTrue(md.contains("| GRU \\| library | **1.05 ± 0.01** |"), md);
        assertTrue(md.contains("| Bar \\*Café\\* | 1.32 |"), md);
        assertTrue(md.contains("|  |  |\n| --- | --- |\n| Student | Ada |"), "key-value table: " + md);
        assertTrue(md.contains("*Best in bold.*"), md);
    }

    @Test
    void figuresLinkThePngWithTheirCaption() {
        String md = render();
        assertTrue(md.contains("\n![Figure 1. Loss of \"GRU\"](charts/item1-rnn-scratch-loss.png)\n\n"), md);
    }

    @Test
    void textCannotBecomeStructure() {
        String md = render();
        assertTrue(md.contains("\n\\# not a heading\n"), md);
        assertTrue(MarkdownRenderer.escape("-8.5").equals("-8.5"));
        assertTrue(md.contains("```\n./rnnlab lab\n```\n"), md);
        assertTrue(MarkdownRenderer.escape("1. first").equals("1\\. first"));
        assertTrue(MarkdownRenderer.escape("<b>x</b>").equals("\\<b\\>x\\</b\\>"));
    }
}
