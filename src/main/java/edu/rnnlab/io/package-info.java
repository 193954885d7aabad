/**
 * File replacement that survives a kill or a full disk: every file rnnlab writes for a user (report,
 * charts, built-in data) is written under a unique hidden name beside its target and renamed into
 * place, so a reader sees either the old complete file or the new complete file. Depends on nothing
 * else of the project, so data, archive and report can all use it.
 */
package edu.rnnlab.io;
