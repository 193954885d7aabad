package edu.rnnlab.run;

/** How a dataset is split, scaled and scored. */
public enum Protocol {
    /**
     * The careful protocol: chronological train/validation/test split per sensor, scaling fitted on
     * train only, epoch selected on validation, test scored once.
     */
    STANDARD,
    /**
     * The teacher's worked example, reproduced exactly: 80/20 train/test per sensor, no validation,
     * min-max scaling on all data, trailing gaps filled (limit 3), window 13, best test score.
     * Optimistic by design; shown next to the teacher's published figures.
     */
    COURSE_EXAMPLE,
    /**
     * The "Dive into Deep Learning" language-model protocol (text only): no held-out text; the model
     * trains on every token ({@code dataset.first} of them) and is scored on those same tokens, so the
     * perplexity reported is a training perplexity, comparable with the book's and with nothing else.
     */
    TEXTBOOK
}
