/**
 * The prepared report model the FreeMarker templates display: plain records of already formatted
 * text, so the templates contain no computation. Every string here is escaped by the template's
 * HTML output format, so data (venue names, file names) can never inject markup.
 */
package edu.rnnlab.report.view;
