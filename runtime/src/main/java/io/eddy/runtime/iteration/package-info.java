/**
 * Loops that run inside the deployed dataflow: bulk and delta iterations superstep after superstep,
 * without a job per superstep.
 *
 * <p>A loop is an {@link io.eddy.runtime.jobgraph.IterationSpec} in the job graph: a set of body
 * vertices, a head (operator 0 of the head vertex) and a tail ({@link IterationOperators}). Tasks of
 * the body run {@code Task}'s superstep loop: they read a superstep's input until every channel from
 * inside the loop delivered an {@link io.eddy.runtime.exchange.EndOfSuperstepEvent} (loop-invariant
 * input from outside is read once and replayed), end the superstep on their own outputs, report to
 * the loop's {@link IterationCoordinator} and wait for its decision; between supersteps every
 * {@link io.eddy.runtime.operator.SuperstepAware} operator is told. The tail writes into the slot's
 * {@link FeedbackChannel}, which never blocks and spills, and the head replays it in the next
 * superstep. Aggregators ({@link SuperstepAggregator}) and convergence checks are the runtime's
 * views of the API's; the coordinator holds the whole termination rule.
 *
 * <p>What must not live here: anything that knows user functions or the DataSet API (the API adapts
 * its aggregators and criteria to the interfaces here), and iteration flags inside drivers.
 */
package io.eddy.runtime.iteration;
