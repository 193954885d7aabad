package edu.rnnlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chart file names say what the chart is, in lower-case ASCII, the same in every language. */
class ChartNameTest {

    @Test
    void itemExperimentAndWhat() {
        assertEquals("item3-hyperparameters-hidden-rmse", ChartName.of(3, "hyperparameters", "hidden", "rmse"));
        assertEquals("item6-all-cells-time", ChartName.of(6, null, "all-cells", "time"));
        assertEquals("extra-char-lm-loss", ChartName.of(0, "char-lm", "loss"));
        assertEquals("extra-x-val-acc-1", ChartName.of(9, "x", "val", "acc@1"));
    }

    @Test
    void slugIsLowerCaseAsciiWithSingleHyphens() {
        assertEquals("cafe-bar", ChartName.slug("  Café & BAR!! "));
        assertEquals("model-hidden", ChartName.slug("model.hidden"));
        assertEquals("chart", ChartName.slug("循环"));
    }

    @Test
    void recognisesItsOwnFilesOnly() {
        assertTrue(ChartName.isChartFile("item1-rnn-scratch-loss.png"));
        assertTrue(ChartName.isChartFile("extra-char-lm-loss.svg"));
        assertTrue(ChartName.isChartFile("figure-12.svg"));
        assertFalse(ChartName.isChartFile("my-notes.png"));
        assertFalse(ChartName.isChartFile("item1-loss.pdf"));
    }
}
