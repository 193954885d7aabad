/**
 * Frequency-ranked vocabularies fitted on training data, shared by the check-in and text readers.
 * A leaf: it imports nothing else of the project.
 */
package edu.rnnlab.data.vocab;
