/**
 * Text for character (or word) language models, the "Dive into Deep Learning" Time Machine setup:
 * strict UTF-8 reading, the textbook's normalisation (lower case, non-letters to spaces: 26 letters,
 * space and {@code <unk>}), a frequency-ordered vocabulary, a chronological split of the token stream,
 * and a checked download of the corpus. How the token stream is cut into training examples
 * (sequential partitioning or random sampling) is the language-model task's business
 * ({@code experiment.task.TextExamples}).
 */
package edu.rnnlab.data.text;
