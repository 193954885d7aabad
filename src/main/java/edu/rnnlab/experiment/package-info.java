/**
 * Experiments: the registry ({@code experiments/*.yaml}), spec binding with file-and-line errors,
 * profiles and sweeps, run planning and ids, the preflight check of every planned run, the data
 * catalog, and the runner that trains planned runs into the archive. Only the command line uses it.
 */
package edu.rnnlab.experiment;
