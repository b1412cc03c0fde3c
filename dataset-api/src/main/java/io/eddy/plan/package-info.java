/**
 * The translated program between the DataSet API and the job graph: {@link io.eddy.plan.OperatorNode}s
 * carrying driver factories, parallelism and the exchanges between them. The optimizer will choose
 * among alternative plans here; today each DataSet operator picks its strategy when it translates.
 * Nothing here runs code or knows about tasks.
 */
package io.eddy.plan;
