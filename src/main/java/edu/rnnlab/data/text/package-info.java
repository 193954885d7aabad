/**
 * Text for character (or word) language models, the "Dive into Deep Learning" Time Machine setup:
 * strict UTF-8 reading, the textbook's normalisation (lower case, non-letters to spaces: 26 letters,
 * space and {@code <unk>}), a frequency-ordered vocabulary, a chronological split of the token stream,
 * the two batch iterators (sequential partitioning for carried hidden state, random sampling), and a
 * checked download of the corpus.
 */
package edu.rnnlab.data.text;
