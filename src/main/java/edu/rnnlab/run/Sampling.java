package edu.rnnlab.run;

/** How a language model's training batches are cut from the text. */
public enum Sampling {
    /** Consecutive batches continue each other; the hidden state is carried (detached) between them. */
    SEQUENTIAL,
    /** Batches are drawn in random order; the state starts from zero each batch. */
    RANDOM
}
