package io.eddy.runtime.iteration;

import java.io.Serializable;

/**
 * The runtime's view of one named iteration aggregator: each task of the loop holds its own
 * instance, folded into by its operators during a superstep; the {@link IterationCoordinator} merges
 * every task's {@link #value()} into a global instance after the superstep and hands the global value
 * to every task for the next one. The API adapts its user-facing aggregators to this.
 */
public interface SuperstepAggregator extends Serializable {

    /** The aggregate so far: this task's partial value, or the merged global value. Must be serializable. */
    Object value();

    /** Folds another instance's {@link #value()} into this one. */
    void merge(Object partial);

    /** Back to the neutral value, before a superstep starts. */
    void reset();
}
