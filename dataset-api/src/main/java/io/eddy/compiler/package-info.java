/**
 * From plan to job graph: {@link io.eddy.compiler.JobGraphCompiler} chains plan nodes into vertices
 * and edges, {@link io.eddy.compiler.Drivers} creates the driver factories the nodes carry, and
 * {@link io.eddy.compiler.PlanJson} renders plans. The cost-based optimizer will sit in front of this.
 */
package io.eddy.compiler;
