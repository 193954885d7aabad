package edu.rnnlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PerplexityTest {

    @Test
    void uniformGuessOverVTokensGivesV() {
        assertEquals(28.0, Perplexity.fromMeanCrossEntropy(Math.log(28)), 1e-9);
    }

    @Test
    void totalIsDividedOnce() {
        // two batches: 10 tokens at 1.0 nats, 30 tokens at 2.0 nats -> mean 1.75 nats
        assertEquals(Math.exp(1.75), Perplexity.fromTotal(10 * 1.0 + 30 * 2.0, 40), 1e-12);
        assertEquals(1.0, Perplexity.fromMeanCrossEntropy(0), 0);
        assertTrue(Double.isNaN(Perplexity.fromTotal(1, 0)));
    }
}
