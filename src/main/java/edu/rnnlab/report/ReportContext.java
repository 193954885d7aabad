package edu.rnnlab.report;

/**
 * What every part of the report builder shares: the language, the figure and table counters, the
 * options, and the notes from the runner.
 */
record ReportContext(Messages msg, Numbering numbering, ReportOptions options) {

    String lang() {
        return msg.language();
    }
}
