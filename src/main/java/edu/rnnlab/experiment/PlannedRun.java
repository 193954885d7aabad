package edu.rnnlab.experiment;

import edu.rnnlab.run.RunSpec;

/**
 * One run of the plan: its resolved spec, the spec file it came from (for messages), its hash and id.
 *
 * @param source the registry entry the run was planned from
 * @param spec   the fully resolved run
 * @param hash   {@link RunIds#specHash}
 * @param runId  {@link RunIds#runId}
 */
record PlannedRun(Registry.LoadedSpec source, RunSpec spec, String hash, String runId) {}
