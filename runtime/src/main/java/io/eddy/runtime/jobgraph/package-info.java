/**
 * The job graph, what an executor runs: {@link io.eddy.runtime.jobgraph.JobGraph} of
 * {@link io.eddy.runtime.jobgraph.JobVertex vertices} (a chain of
 * {@link io.eddy.runtime.jobgraph.ChainedOperator}s run by {@code parallelism} subtasks, optionally
 * with a split source and {@link io.eddy.runtime.jobgraph.MasterHook}s called on the master around the
 * run) connected by {@link io.eddy.runtime.jobgraph.JobEdge edges} that ship records with a
 * {@link io.eddy.runtime.jobgraph.ShipStrategy} (forward, hash, range, custom, broadcast), keyed
 * strategies choosing channels through a {@link io.eddy.runtime.jobgraph.ChannelSelector}.
 *
 * <p>These are immutable, serializable values carrying operator factories and serializers; they hold
 * no logic of their own. The DataSet compiler builds them; the runtime must know nothing of where they
 * came from, so nothing here may refer to the DataSet API, plans or user types.
 */
package io.eddy.runtime.jobgraph;
