package edu.rnnlab.run;

/** How a text is cut into tokens: characters (the textbook's setting) or words. */
public enum Tokens {
    /** One token per letter or space, after lower-casing and mapping non-letters to spaces. */
    CHAR,
    /** One token per word. */
    WORD
}
