/**
 * Sentence pairs for machine translation (Tatoeba English-French, the "Dive into Deep Learning"
 * {@code fra-eng} data): reading {@code fra.txt} or {@code fra-eng.zip}, the textbook's preprocessing
 * and tokenisation, and vocabularies with the reserved tokens a sequence-to-sequence model needs.
 */
package edu.rnnlab.data.translation;
