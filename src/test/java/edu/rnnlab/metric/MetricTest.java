package edu.rnnlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.DatasetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue: each task's columns in order, directions, units, and unknown keys. */
class MetricTest {

    @Test
    void eachTaskReportsItsMetricsInOrder() {
        assertEquals(List.of("rmse", "mae", "mape"), Metric.keys(Metric.taskOf(DatasetKind.AIRQUALITY)));
        assertEquals(Metric.keys(Metric.Task.REGRESSION), Metric.keys(Metric.taskOf(DatasetKind.PEMS)));
        assertEquals(
                List.of("acc1", "acc5", "acc10", "mrr", "macro_f1", "macro_recall"),
                Metric.keys(Metric.taskOf(DatasetKind.CHECKIN)));
        assertEquals(List.of("perplexity"), Metric.keys(Metric.taskOf(DatasetKind.TEXT)));
        assertFalse(Metric.keys(Metric.Task.REGRESSION).contains("loss"), "the loss is every task's, not a column");
    }

    @Test
    void directionsDecideWhatIsBetter() {
        assertTrue(Metric.ACC5.better(0.6, 0.5));
        assertTrue(Metric.RMSE.better(0.9, 1.0));
        assertFalse(Metric.PERPLEXITY.better(Double.NaN, 7.0), "NaN is never better");
        assertTrue(Metric.higherIsBetter("mrr"));
        assertFalse(Metric.higherIsBetter("loss"));
        assertFalse(Metric.higherIsBetter("something-new"), "an unknown key counts as an error");
        assertEquals(Metric.Unit.TARGET, Metric.of("mae").orElseThrow().unit());
    }
}
