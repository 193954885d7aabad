/**
 * The run contract: the records every stage and the report share — the resolved run spec (dataset, model,
 * training), the enums they use, a run's status, epoch rows, summary, provenance, prediction rows and the
 * plan of a lab. It imports nothing else of the project, so every stage can depend on it and on nothing
 * of each other's.
 */
package edu.rnnlab.run;
