package edu.rnnlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One rule for a sweep's x axis: powers of two on log2, learning rates on log10. */
class XScaleTest {

    @Test
    void powersOfTwoAreLogTwo() {
        assertEquals(XScale.LOG2, XScale.of(new double[] {8, 16, 32, 64, 128, 256}, false));
        assertEquals(XScale.LOG2, XScale.of(new double[] {16, 64, 256}, false));
        assertEquals("32", XScale.LOG2.label(5.0));
        assertEquals("", XScale.LOG2.label(5.5), "only whole powers of two are labelled");
        assertEquals(5.0, XScale.LOG2.position(32), 1e-12);
    }

    @Test
    void ratesAndWideSpansAreLogTen() {
        assertEquals(XScale.LOG10, XScale.of(new double[] {0.0001, 0.001, 0.01, 0.1, 1}, true));
        assertEquals(XScale.LOG10, XScale.of(new double[] {0.002, 0.004, 0.008}, true), "a rate, even a doubling one");
        assertEquals(XScale.LOG10, XScale.of(new double[] {1, 10, 1000}, false));
        assertEquals("0.01", XScale.LOG10.label(-2.0));
        assertEquals("0.0032", XScale.LOG10.label(-2.5));
    }

    @Test
    void everythingElseIsLinear() {
        assertEquals(XScale.LINEAR, XScale.of(new double[] {3, 6, 12, 24}, false));
        assertEquals(XScale.LINEAR, XScale.of(new double[] {1, 2}, false), "two values: no axis to bend");
        assertEquals(XScale.LINEAR, XScale.of(new double[] {0, 1, 2, 4}, false), "zero has no logarithm");
        assertEquals("12", XScale.LINEAR.label(12.0));
    }
}
