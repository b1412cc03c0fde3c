/**
 * The compiler: turns a {@link io.eddy.optimizer.PhysicalPlan} into the runtime's
 * {@link io.eddy.runtime.jobgraph.JobGraph}. {@link io.eddy.compiler.Chaining} fuses forward-fed nodes
 * into task chains and dissolves unions; {@link io.eddy.compiler.JobGraphCompiler} creates each node's
 * driver factory from its strategy row and each exchange's channel selector; {@link io.eddy.compiler.PlanJson}
 * shows the plan in Flink's JSON shape. It makes no choices: those are the optimizer's.
 */
package io.eddy.compiler;
